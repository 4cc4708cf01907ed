"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { inputClassName } from "@/components/members/input-class-name";
import { errorIdOf, Field } from "@/components/programmes/field";
import type { ProgrammeFormValues } from "@/components/programmes/programme-form";
import { INCU_BIO_BUCKET_PRESET } from "@/components/programmes/programme-labels";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { createFormat } from "@/i18n/formatters";
import { FundingEvidenceRule, MilestoneCategory } from "@/lib/generated/prisma/enums";
import { parseHkdAmountToCents } from "@/lib/schemas/programmes";

const NEW_BUCKET = {
  code: "",
  name: "",
  nameZh: "",
  cap: "",
  evidenceRule: "PAYMENT_PROOF",
  requiresPreApproval: false,
  gatingMilestoneCategory: "",
} as const;

/** How much of the cap the buckets allocate, in exact cents (unreadable amounts count as 0). */
function allocation(cap: string, buckets: readonly { cap?: string }[]) {
  const capCents = parseHkdAmountToCents(cap ?? "") ?? 0n;
  const allocated = buckets.reduce(
    (sum, bucket) => sum + (parseHkdAmountToCents(bucket.cap ?? "") ?? 0n),
    0n,
  );
  return { capCents, allocated };
}

/**
 * The programme's funding buckets: code, name, cap, evidence rule, pre-approval and gating
 * milestone, in order (move up and down with buttons), with the running total against the cap.
 */
export function FundingBucketsEditor({ form }: { form: UseFormReturn<ProgrammeFormValues> }) {
  const t = useTranslations("programmesClient.bucketsEditor");
  const labels = useTranslations("programmesClient");
  const f = createFormat(useLocale());
  const {
    control,
    register,
    formState: { errors },
  } = form;
  const { fields, append, remove, move } = useFieldArray({
    control,
    name: "fundingBuckets",
    keyName: "fieldKey",
  });
  const cap = useWatch({ control, name: "fundingCap" });
  const buckets = useWatch({ control, name: "fundingBuckets" }) ?? [];
  const { capCents, allocated } = allocation(cap, buckets);
  const isOver = allocated > capCents;
  const listError = errors.fundingBuckets?.message ?? errors.fundingBuckets?.root?.message;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h3 className="text-sm font-semibold text-ink-900">{t("title")}</h3>
          <p className="text-xs text-ink-500">{t("description")}</p>
        </div>
        {fields.length === 0 ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => INCU_BIO_BUCKET_PRESET.forEach((bucket) => append({ ...bucket }))}
          >
            {t("preset")}
          </Button>
        ) : null}
      </div>

      {fields.length > 0 ? (
        <div className="space-y-1" aria-live="polite">
          <ProgressBar
            value={Number(allocated / 100n)}
            max={Number(capCents / 100n)}
            label={t("allocatedLabel")}
            tone={isOver ? "danger" : "brand"}
          />
          <p className={`text-sm tabular-nums ${isOver ? "text-red-700" : "text-ink-600"}`}>
            {t("allocated", { allocated: f.moneyWhole(allocated), cap: f.moneyWhole(capCents) })}
            {isOver
              ? t("over", { amount: f.moneyWhole(allocated - capCents) })
              : capCents > allocated && fields.length > 0
                ? t("unallocated", { amount: f.moneyWhole(capCents - allocated) })
                : ""}
          </p>
        </div>
      ) : null}

      {fields.length === 0 ? (
        <p className="rounded-md border border-dashed border-ink-200 bg-ink-50/50 px-3 py-3 text-sm text-ink-600">
          {t("empty")}
        </p>
      ) : (
        <ol className="space-y-3">
          {fields.map((field, index) => {
            const bucketErrors = errors.fundingBuckets?.[index];
            const id = (name: string) => `bucket-${field.fieldKey}-${name}`;
            const label =
              buckets[index]?.code ||
              buckets[index]?.name ||
              t("bucketNumber", { number: index + 1 });
            return (
              <li key={field.fieldKey} className="rounded-md border border-ink-200 p-3 sm:p-4">
                <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                  <p className="text-sm font-medium text-ink-900">
                    {index + 1}. {label}
                  </p>
                  <div className="flex gap-1">
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={index === 0}
                      aria-label={t("moveUp", { label })}
                      onClick={() => move(index, index - 1)}
                    >
                      ↑
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={index === fields.length - 1}
                      aria-label={t("moveDown", { label })}
                      onClick={() => move(index, index + 1)}
                    >
                      ↓
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t("remove", { label })}
                      onClick={() => remove(index)}
                    >
                      {t("removeButton")}
                    </Button>
                  </div>
                </div>
                {/* The bucket's id stays in the field array's values without an input. */}
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                  <Field id={id("code")} label={t("code")} error={bucketErrors?.code?.message}>
                    <input
                      id={id("code")}
                      placeholder="UPFRONT"
                      autoCapitalize="characters"
                      className={`${inputClassName} font-mono uppercase`}
                      aria-invalid={bucketErrors?.code ? true : undefined}
                      aria-describedby={bucketErrors?.code ? errorIdOf(id("code")) : undefined}
                      {...register(`fundingBuckets.${index}.code`)}
                    />
                  </Field>
                  <Field id={id("name")} label={t("name")} error={bucketErrors?.name?.message}>
                    <input
                      id={id("name")}
                      className={inputClassName}
                      aria-invalid={bucketErrors?.name ? true : undefined}
                      {...register(`fundingBuckets.${index}.name`)}
                    />
                  </Field>
                  <Field id={id("name-zh")} label={t("nameZh")}>
                    <input
                      id={id("name-zh")}
                      lang="zh-HK"
                      className={inputClassName}
                      {...register(`fundingBuckets.${index}.nameZh`)}
                    />
                  </Field>
                  <Field id={id("cap")} label={t("cap")} error={bucketErrors?.cap?.message}>
                    <div className="relative">
                      <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-ink-500">
                        HK$
                      </span>
                      <input
                        id={id("cap")}
                        inputMode="decimal"
                        className={`${inputClassName} pl-11 tabular-nums`}
                        aria-invalid={bucketErrors?.cap ? true : undefined}
                        {...register(`fundingBuckets.${index}.cap`)}
                      />
                    </div>
                  </Field>
                  <Field id={id("evidence")} label={t("evidence")} className="lg:col-span-2">
                    <select
                      id={id("evidence")}
                      className={inputClassName}
                      {...register(`fundingBuckets.${index}.evidenceRule`)}
                    >
                      {Object.values(FundingEvidenceRule).map((rule) => (
                        <option key={rule} value={rule}>
                          {labels(`evidence.${rule}`)}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={id("gating")} label={t("gating")} className="lg:col-span-1">
                    <select
                      id={id("gating")}
                      className={inputClassName}
                      {...register(`fundingBuckets.${index}.gatingMilestoneCategory`)}
                    >
                      <option value="">{t("none")}</option>
                      {Object.values(MilestoneCategory).map((category) => (
                        <option key={category} value={category}>
                          {t("achieved", { category: labels(`milestone.${category}`) })}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <label className="flex items-center gap-2 self-end pb-2 text-sm text-ink-800">
                    <input
                      type="checkbox"
                      {...register(`fundingBuckets.${index}.requiresPreApproval`)}
                    />
                    {t("preApproval")}
                  </label>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {listError ? <p className="text-sm text-red-700">{listError}</p> : null}
      <Button size="sm" variant="secondary" onClick={() => append({ ...NEW_BUCKET })}>
        {t("add")}
      </Button>
    </div>
  );
}
