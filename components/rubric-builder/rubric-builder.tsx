"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { moveItem } from "@/components/form-builder/builder-state";
import { useFocusAfterRender } from "@/components/form-builder/use-focus-after-render";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { textareaClassName } from "@/components/programmes/field";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { ProgressBar } from "@/components/ui/progress-bar";
import { saveRubricDraft } from "@/lib/actions/calls/save-rubric-draft";
import { keyFromLabel } from "@/lib/domain/form-builder";
import {
  basisPointsToPercentText,
  FULL_WEIGHT,
  percentToBasisPoints,
  totalBasisPoints,
} from "@/lib/domain/rubric-weights";
import { saveRubricDraftSchema } from "@/lib/schemas/calls";

type Row = {
  rowId: string;
  key: string;
  label: string;
  labelZh: string;
  guidance: string;
  weightPercent: string;
};

let nextRowId = 0;
const rowId = () => `criterion-row-new-${++nextRowId}`;

/** Spreads 100 % over `count` criteria in whole basis points; the first get the remainder. */
function evenWeights(count: number): string[] {
  const share = Math.floor(FULL_WEIGHT / count);
  const remainder = FULL_WEIGHT - share * count;
  return Array.from({ length: count }, (_, index) =>
    basisPointsToPercentText(share + (index < remainder ? 1 : 0)),
  );
}

/**
 * The review rubric: criteria (key, label, guidance for reviewers, weight in %) in order, and
 * the scoring scale. The weights' total is shown as you type and must reach exactly 100 %.
 */
export function RubricBuilder({
  organisation,
  callId,
  initial,
  isReadOnly,
}: {
  organisation: string;
  callId: string;
  initial: {
    scaleMin: number;
    scaleMax: number;
    criteria: readonly {
      key: string;
      label: string;
      labelZh: string | null;
      guidance: string | null;
      weightBasisPoints: number;
    }[];
    lastSavedAt: string | null;
  };
  isReadOnly: boolean;
}) {
  const t = useTranslations("rubricBuilderClient");
  const toast = useToast();
  const router = useRouter();
  const [scaleMin, setScaleMin] = useState(String(initial.scaleMin));
  const [scaleMax, setScaleMax] = useState(String(initial.scaleMax));
  const [rows, setRows] = useState<Row[]>(() =>
    // Ids from positions at first, so the server's and the browser's render agree.
    initial.criteria.map((criterion, index) => ({
      rowId: `criterion-row-${index}`,
      key: criterion.key,
      label: criterion.label,
      labelZh: criterion.labelZh ?? "",
      guidance: criterion.guidance ?? "",
      weightPercent: basisPointsToPercentText(criterion.weightBasisPoints),
    })),
  );
  const [lastSavedAt, setLastSavedAt] = useState(initial.lastSavedAt);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isDirty, setIsDirty] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { executeAsync, isPending } = useAction(saveRubricDraft);
  const focusLater = useFocusAfterRender();

  const weights = rows.map((row) => percentToBasisPoints(row.weightPercent) ?? 0);
  const total = totalBasisPoints(weights);
  const isComplete = total === FULL_WEIGHT;

  function changeRows(next: Row[]) {
    setRows(next);
    setIsDirty(true);
    setMessage(null);
  }
  function change(index: number, patch: Partial<Row>) {
    changeRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  }
  function move(index: number, delta: -1 | 1) {
    const row = rows[index]!;
    focusLater(
      `${row.rowId}-${delta === -1 ? "up" : "down"}`,
      `${row.rowId}-${delta === -1 ? "down" : "up"}`,
    );
    changeRows(moveItem(rows, index, delta));
  }

  async function save() {
    const input = {
      organisation,
      callId,
      scaleMin: Number(scaleMin),
      scaleMax: Number(scaleMax),
      criteria: rows.map(({ key, label, labelZh, guidance, weightPercent }) => ({
        key,
        label,
        labelZh,
        guidance,
        weightPercent,
      })),
      lastSavedAt,
    };
    const checked = saveRubricDraftSchema.safeParse(input);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) {
        const [first, index, field] = issue.path;
        const row = first === "criteria" && typeof index === "number" ? rows[index] : undefined;
        const at = row ? `${row.rowId}.${String(field)}` : String(first ?? "form");
        found[at] ??= issue.message;
      }
      setErrors(found);
      setMessage({ tone: "error", text: t("checkHighlighted") });
      return;
    }
    setErrors({});
    try {
      const result = await executeAsync(input);
      if (!result?.data) {
        setMessage({ tone: "error", text: describeActionError(result ?? {}) ?? t("notSaved") });
        return;
      }
      setLastSavedAt(result.data.savedAt);
      setIsDirty(false);
      const text = result.data.isLive
        ? t("savedLive")
        : `${t("savedDraft", { version: result.data.version })}${result.data.problems.length > 0 ? ` ${result.data.problems[0]}` : ""}`;
      setMessage({ tone: "success", text });
      toast({ title: text });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  const errorOf = (row: Row, field: string) => errors[`${row.rowId}.${field}`];

  return (
    <div className="space-y-5">
      <fieldset disabled={isReadOnly} className="space-y-2">
        <legend className="text-sm font-medium text-ink-800">{t("scale")}</legend>
        <p className="text-xs text-ink-500">{t("scaleHint")}</p>
        <div className="flex items-center gap-2 text-sm text-ink-700">
          <label htmlFor="rubric-scale-min">{t("from")}</label>
          <input
            id="rubric-scale-min"
            type="number"
            min={0}
            max={9}
            className={`${inputClassName} max-w-20 tabular-nums`}
            value={scaleMin}
            aria-invalid={errors.scaleMin ? true : undefined}
            onChange={(event) => {
              setScaleMin(event.target.value);
              setIsDirty(true);
            }}
          />
          <label htmlFor="rubric-scale-max">{t("to")}</label>
          <input
            id="rubric-scale-max"
            type="number"
            min={1}
            max={10}
            className={`${inputClassName} max-w-20 tabular-nums`}
            value={scaleMax}
            aria-invalid={errors.scaleMax ? true : undefined}
            onChange={(event) => {
              setScaleMax(event.target.value);
              setIsDirty(true);
            }}
          />
        </div>
        {errors.scaleMin || errors.scaleMax ? (
          <p className="text-sm text-red-700">{errors.scaleMin ?? errors.scaleMax}</p>
        ) : null}
      </fieldset>

      <div className="space-y-1" aria-live="polite">
        <ProgressBar
          value={Math.min(total, FULL_WEIGHT)}
          max={FULL_WEIGHT}
          label={t("totalWeight")}
          tone={total > FULL_WEIGHT ? "danger" : isComplete ? "brand" : "warning"}
        />
        <p
          className={`text-sm tabular-nums ${total > FULL_WEIGHT ? "text-red-700" : isComplete ? "text-brand-800" : "text-amber-800"}`}
        >
          {t("weightsAddUp", { percent: basisPointsToPercentText(total) })}
          {total < FULL_WEIGHT
            ? t("stillToAssign", { percent: basisPointsToPercentText(FULL_WEIGHT - total) })
            : total > FULL_WEIGHT
              ? t("tooMuch", { percent: basisPointsToPercentText(total - FULL_WEIGHT) })
              : " ✓"}
        </p>
      </div>

      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-ink-200 bg-ink-50/50 px-3 py-4 text-sm text-ink-600">
          {t("empty")}
        </p>
      ) : (
        <ol aria-label={t("listLabel")} className="space-y-3">
          {rows.map((row, index) => {
            const id = (field: string) => `${row.rowId}-${field}`;
            const name = row.label || t("criterionNumber", { number: index + 1 });
            const basisPoints = percentToBasisPoints(row.weightPercent);
            return (
              <li key={row.rowId} className="rounded-md border border-ink-200 p-3 sm:p-4">
                <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                  <p className="text-sm font-medium text-ink-900">
                    {index + 1}. {row.label || t("newCriterion")}
                  </p>
                  {isReadOnly ? null : (
                    <div className="flex gap-1">
                      <Button
                        id={id("up")}
                        size="sm"
                        variant="ghost"
                        disabled={index === 0}
                        aria-label={t("moveUp", { name })}
                        onClick={() => move(index, -1)}
                      >
                        ↑
                      </Button>
                      <Button
                        id={id("down")}
                        size="sm"
                        variant="ghost"
                        disabled={index === rows.length - 1}
                        aria-label={t("moveDown", { name })}
                        onClick={() => move(index, 1)}
                      >
                        ↓
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t("remove", { name })}
                        onClick={() => changeRows(rows.filter((_, i) => i !== index))}
                      >
                        {t("removeButton")}
                      </Button>
                    </div>
                  )}
                </div>
                <fieldset
                  disabled={isReadOnly}
                  className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,2fr)_minmax(0,1fr)]"
                >
                  <div className="space-y-1">
                    <label htmlFor={id("label")} className="block text-xs font-medium text-ink-700">
                      {t("criterion")}
                    </label>
                    <input
                      id={id("label")}
                      className={inputClassName}
                      value={row.label}
                      aria-invalid={errorOf(row, "label") ? true : undefined}
                      onChange={(event) => {
                        const label = event.target.value;
                        const others = new Set(
                          rows.filter((_, i) => i !== index).map((r) => r.key),
                        );
                        const isKeyFollowing =
                          row.key === "" ||
                          row.key === keyFromLabel(row.label, others, "criterion");
                        change(index, {
                          label,
                          ...(isKeyFollowing
                            ? { key: keyFromLabel(label, others, "criterion") }
                            : {}),
                        });
                      }}
                    />
                    {errorOf(row, "label") ? (
                      <p className="text-sm text-red-700">{errorOf(row, "label")}</p>
                    ) : null}
                  </div>
                  <div className="space-y-1">
                    <label
                      htmlFor={id("label-zh")}
                      className="block text-xs font-medium text-ink-700"
                    >
                      {t("chinese")}
                    </label>
                    <input
                      id={id("label-zh")}
                      lang="zh-HK"
                      className={inputClassName}
                      value={row.labelZh}
                      onChange={(event) => change(index, { labelZh: event.target.value })}
                    />
                  </div>
                  <div className="space-y-1">
                    <label
                      htmlFor={id("weight")}
                      className="block text-xs font-medium text-ink-700"
                    >
                      {t("weight")}
                    </label>
                    <div className="relative">
                      <input
                        id={id("weight")}
                        inputMode="decimal"
                        className={`${inputClassName} pr-8 tabular-nums`}
                        value={row.weightPercent}
                        aria-invalid={
                          errorOf(row, "weightPercent") || basisPoints === null ? true : undefined
                        }
                        onChange={(event) => change(index, { weightPercent: event.target.value })}
                      />
                      <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-ink-500">
                        %
                      </span>
                    </div>
                    {errorOf(row, "weightPercent") ? (
                      <p className="text-sm text-red-700">{errorOf(row, "weightPercent")}</p>
                    ) : null}
                  </div>
                  <div className="space-y-1 sm:col-span-2">
                    <label
                      htmlFor={id("guidance")}
                      className="block text-xs font-medium text-ink-700"
                    >
                      {t("guidance")}
                    </label>
                    <textarea
                      id={id("guidance")}
                      rows={2}
                      className={textareaClassName}
                      value={row.guidance}
                      onChange={(event) => change(index, { guidance: event.target.value })}
                    />
                  </div>
                  <div className="space-y-1">
                    <label htmlFor={id("key")} className="block text-xs font-medium text-ink-700">
                      {t("key")}
                    </label>
                    <input
                      id={id("key")}
                      className={`${inputClassName} font-mono text-xs`}
                      value={row.key}
                      aria-invalid={errorOf(row, "key") ? true : undefined}
                      onChange={(event) => change(index, { key: event.target.value.trim() })}
                    />
                    {errorOf(row, "key") ? (
                      <p className="text-sm text-red-700">{errorOf(row, "key")}</p>
                    ) : null}
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      {errors.criteria ? <p className="text-sm text-red-700">{errors.criteria}</p> : null}
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {isReadOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            variant="secondary"
            onClick={() =>
              changeRows([
                ...rows,
                {
                  rowId: rowId(),
                  key: "",
                  label: "",
                  labelZh: "",
                  guidance: "",
                  weightPercent: "",
                },
              ])
            }
          >
            {t("add")}
          </Button>
          <Button
            variant="ghost"
            disabled={rows.length === 0}
            onClick={() => {
              const even = evenWeights(rows.length);
              changeRows(rows.map((row, index) => ({ ...row, weightPercent: even[index]! })));
            }}
          >
            {t("spread")}
          </Button>
          <Button onClick={save} disabled={isPending || !isDirty}>
            {isPending ? t("saving") : t("save")}
          </Button>
          {isDirty ? <span className="text-sm text-ink-500">{t("unsaved")}</span> : null}
        </div>
      )}
    </div>
  );
}
