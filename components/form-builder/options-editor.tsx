"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { moveItem } from "@/components/form-builder/builder-state";
import { useFocusAfterRender } from "@/components/form-builder/use-focus-after-render";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { keyFromLabel } from "@/lib/domain/form-builder";

type Option = { value: string; label: string };

let nextRowId = 0;
const rowId = () => `option-new-${++nextRowId}`;

/**
 * The options of a choice question: what the applicant reads (label) and what is stored and
 * matched by conditions and eligibility checks (value). A new option's value follows its label
 * until the value is edited.
 */
export function OptionsEditor({
  id,
  options,
  onChange,
}: {
  id: string;
  options: readonly Option[];
  onChange: (options: Option[]) => void;
}) {
  const t = useTranslations("formBuilderClient.options");
  // Stable row ids, so typing in or moving one option never remounts another.
  const [rowIds, setRowIds] = useState(() => options.map((_, index) => `${id}-row-${index}`));
  const ids = options.map((_, index) => rowIds[index] ?? `${id}-extra-${index}`);
  const focusLater = useFocusAfterRender();
  const taken = new Set(options.map((option) => option.value));

  const emit = (next: Option[], nextIds: string[]) => {
    setRowIds(nextIds);
    onChange(next);
  };
  const update = (index: number, patch: Partial<Option>) =>
    emit(
      options.map((option, i) => (i === index ? { ...option, ...patch } : option)),
      ids,
    );
  const move = (index: number, delta: -1 | 1) => {
    const moved = ids[index]!;
    focusLater(
      `${moved}-${delta === -1 ? "up" : "down"}`,
      `${moved}-${delta === -1 ? "down" : "up"}`,
    );
    emit(moveItem(options, index, delta), moveItem(ids, index, delta));
  };

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-ink-800">{t("legend")}</legend>
      <p className="text-xs text-ink-500">{t("hint")}</p>
      <ol className="space-y-2">
        {options.map((option, index) => {
          const row = ids[index]!;
          const name = option.label || t("number", { number: index + 1 });
          const isValueFollowingLabel =
            option.value === keyFromLabel(option.label, new Set(), "option") ||
            /^option_\d+$/.test(option.value);
          return (
            <li
              key={row}
              className="grid grid-cols-[minmax(0,1fr)_auto] gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]"
            >
              <div>
                <label htmlFor={`${row}-label`} className="sr-only">
                  {t("labelOf", { number: index + 1 })}
                </label>
                <input
                  id={`${row}-label`}
                  className={inputClassName}
                  value={option.label}
                  placeholder={t("number", { number: index + 1 })}
                  onChange={(event) => {
                    const label = event.target.value;
                    const others = new Set([...taken].filter((value) => value !== option.value));
                    update(index, {
                      label,
                      ...(isValueFollowingLabel
                        ? { value: keyFromLabel(label, others, `option_${index + 1}`) }
                        : {}),
                    });
                  }}
                />
              </div>
              <div className="col-span-2 row-start-2 sm:col-span-1 sm:row-start-auto">
                <label htmlFor={`${row}-value`} className="sr-only">
                  {t("valueOf", { number: index + 1 })}
                </label>
                <input
                  id={`${row}-value`}
                  className={`${inputClassName} font-mono text-xs`}
                  value={option.value}
                  title={t("storedValue")}
                  onChange={(event) => update(index, { value: event.target.value.trim() })}
                />
              </div>
              <div className="flex">
                <Button
                  id={`${row}-up`}
                  size="sm"
                  variant="ghost"
                  disabled={index === 0}
                  aria-label={t("moveUp", { name })}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </Button>
                <Button
                  id={`${row}-down`}
                  size="sm"
                  variant="ghost"
                  disabled={index === options.length - 1}
                  aria-label={t("moveDown", { name })}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={options.length <= 1}
                  aria-label={t("remove", { name })}
                  onClick={() =>
                    emit(
                      options.filter((_, i) => i !== index),
                      ids.filter((_, i) => i !== index),
                    )
                  }
                >
                  ✕
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        size="sm"
        variant="secondary"
        onClick={() =>
          emit(
            [
              ...options,
              { label: "", value: keyFromLabel(`option ${options.length + 1}`, taken, "option") },
            ],
            [...ids, rowId()],
          )
        }
      >
        {t("add")}
      </Button>
    </fieldset>
  );
}
