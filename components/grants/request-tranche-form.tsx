"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeBucketRules } from "@/components/grants/bucket-rules";
import { newIdempotencyKey } from "@/components/grants/idempotency-key";
import { sendReceipt } from "@/components/grants/send-receipt";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { useFormat } from "@/i18n/use-format";
import { requestDisbursement } from "@/lib/actions/disbursements/request-disbursement";
import { parseHkdAmount } from "@/lib/domain/disbursement-amount";
import type {
  FundingEvidenceRule,
  MilestoneCategory,
  MilestoneStatus,
} from "@/lib/generated/prisma/enums";
import {
  requestDisbursementSchema,
  type RequestDisbursementInput,
  type RequestDisbursementOutput,
} from "@/lib/schemas/grants";
import { ACCEPT_ATTRIBUTE } from "@/lib/uploads/sniff";

export type RequestFormBucket = {
  id: string;
  name: string;
  nameZh: string | null;
  evidenceRule: FundingEvidenceRule;
  requiresPreApproval: boolean;
  gatingMilestoneCategory: MilestoneCategory | null;
  remainingCents: bigint;
  requestedCents: bigint;
};

export type RequestFormMilestone = {
  id: string;
  title: string;
  category: MilestoneCategory;
  status: MilestoneStatus;
  dueOn: string;
};

/**
 * The start-up's tranche request: bucket, amount (HKD as typed, read exactly), purpose, the
 * gating milestone for a gated bucket, and receipts for a proof-of-payment bucket. The request
 * is recorded first (once, whatever the clicks), then each receipt is uploaded to it.
 */
export function RequestTrancheForm({
  organisation,
  grantId,
  buckets,
  milestones,
  initialBucketId,
}: {
  organisation: string;
  grantId: string;
  buckets: RequestFormBucket[];
  milestones: RequestFormMilestone[];
  initialBucketId?: string;
}) {
  const t = useTranslations("grantsClient");
  const f = useFormat();
  const router = useRouter();
  const formId = useId();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [files, setFiles] = useState<File[]>([]);
  const [filesError, setFilesError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [recordedId, setRecordedId] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  const { executeAsync, isPending } = useAction(requestDisbursement);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<RequestDisbursementInput, unknown, RequestDisbursementOutput>({
    resolver: zodResolver(requestDisbursementSchema),
    defaultValues: {
      organisation,
      grantId,
      bucketId: initialBucketId ?? (buckets.length === 1 ? buckets[0]!.id : ""),
      amount: "",
      purpose: "",
      gatingMilestoneId: "",
      idempotencyKey,
    },
  });
  const bucketId = useWatch({ control, name: "bucketId" });
  const amountText = useWatch({ control, name: "amount" });
  const bucket = buckets.find((item) => item.id === bucketId);
  const gateMilestones = bucket?.gatingMilestoneCategory
    ? milestones.filter((milestone) => milestone.category === bucket.gatingMilestoneCategory)
    : [];
  const needsReceipts = bucket?.evidenceRule === "PAYMENT_PROOF";
  const parsed = amountText ? parseHkdAmount(amountText) : null;
  const id = (field: string) => `${formId}-${field}`;
  const isBusy = isPending || progress !== null || isLeaving;

  async function onSubmit(input: RequestDisbursementOutput) {
    setFormError(null);
    if (needsReceipts && files.length === 0 && !recordedId) {
      setFilesError(t("request.attachReceipts"));
      return;
    }
    try {
      let disbursementId = recordedId;
      if (!disbursementId) {
        const result = await executeAsync({
          ...input,
          amount: amountText,
          gatingMilestoneId: input.gatingMilestoneId ?? "",
        });
        if (!result.data) return setFormError(describeActionError(result));
        disbursementId = result.data.disbursementId;
        setRecordedId(disbursementId);
      }
      const failures: string[] = [];
      for (const [index, file] of files.entries()) {
        setProgress(
          t("request.uploading", { name: file.name, index: index + 1, count: files.length }),
        );
        const sent = await sendReceipt({ organisation, disbursementId, file });
        if (!sent.ok) failures.push(`${file.name}: ${sent.message}`);
      }
      setProgress(null);
      if (failures.length > 0) {
        setFiles([]);
        setFormError(
          t("request.filesFailed", { count: failures.length, failures: failures.join(" ") }),
        );
        return;
      }
      setIsLeaving(true);
      router.push(`/${organisation}/disbursements/${disbursementId}?requested=1`);
    } catch {
      setProgress(null);
      setFormError(t("unreachable"));
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink-900">{t("request.bucket")}</legend>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {buckets.map((item) => (
            <label
              key={item.id}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-ink-200 bg-white p-3 shadow-xs has-[:checked]:border-brand-600 has-[:checked]:ring-2 has-[:checked]:ring-brand-600/20"
            >
              <input
                type="radio"
                value={item.id}
                disabled={isBusy || recordedId !== null}
                className="mt-1 accent-brand-700"
                {...register("bucketId")}
              />
              <span className="min-w-0">
                <span className="block font-medium text-ink-900">{item.name}</span>
                <span className="block text-sm text-ink-700 tabular-nums">
                  {t("request.left", { amount: f.money(item.remainingCents) })}
                </span>
                <span className="mt-1 block text-xs text-ink-500">
                  {describeBucketRules(item, t)}
                </span>
                {item.requestedCents > 0n ? (
                  <span className="mt-1 block text-xs text-amber-800">
                    {t("request.alreadyRequested", { amount: f.money(item.requestedCents) })}
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
        {errors.bucketId ? <p className="text-sm text-red-700">{errors.bucketId.message}</p> : null}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={id("amount")} className="block text-sm font-medium text-ink-900">
            {t("request.amount")}
          </label>
          <div className="relative">
            <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-ink-500">
              HK$
            </span>
            <input
              id={id("amount")}
              inputMode="decimal"
              autoComplete="off"
              placeholder="12,500.00"
              aria-invalid={errors.amount ? true : undefined}
              aria-describedby={id("amount-hint")}
              disabled={isBusy || recordedId !== null}
              className={`${inputClassName} pl-12 tabular-nums`}
              {...register("amount")}
            />
          </div>
          <p id={id("amount-hint")} className="text-xs text-ink-500">
            {errors.amount
              ? null
              : parsed?.ok
                ? bucket && parsed.cents > bucket.remainingCents
                  ? t("request.moreThanLeft", {
                      amount: f.money(parsed.cents),
                      left: f.money(bucket.remainingCents),
                      bucket: bucket.name,
                    })
                  : f.money(parsed.cents)
                : t("request.amountHint")}
          </p>
          {errors.amount ? <p className="text-sm text-red-700">{errors.amount.message}</p> : null}
        </div>

        {bucket?.gatingMilestoneCategory ? (
          <div className="space-y-1">
            <label htmlFor={id("milestone")} className="block text-sm font-medium text-ink-900">
              {t("request.milestone", {
                category: t(`rules.category.${bucket.gatingMilestoneCategory}`),
              })}
            </label>
            <select
              id={id("milestone")}
              className={inputClassName}
              disabled={isBusy || recordedId !== null}
              {...register("gatingMilestoneId")}
            >
              <option value="">{t("request.chooseMilestone")}</option>
              {gateMilestones.map((milestone) => (
                <option key={milestone.id} value={milestone.id}>
                  {milestone.title} ({t(`milestoneStatus.${milestone.status}`)})
                </option>
              ))}
            </select>
            <p className="text-xs text-ink-500">
              {gateMilestones.length === 0
                ? t("request.noMilestone", {
                    category: t(`rules.category.${bucket.gatingMilestoneCategory}`),
                  })
                : t("request.askBefore")}
            </p>
          </div>
        ) : null}
      </div>

      <div className="space-y-1">
        <label htmlFor={id("purpose")} className="block text-sm font-medium text-ink-900">
          {t("request.purpose")}
        </label>
        <textarea
          id={id("purpose")}
          rows={3}
          placeholder={t("request.purposePlaceholder")}
          aria-invalid={errors.purpose ? true : undefined}
          disabled={isBusy || recordedId !== null}
          className={`${inputClassName} h-auto py-2`}
          {...register("purpose")}
        />
        {errors.purpose ? <p className="text-sm text-red-700">{errors.purpose.message}</p> : null}
      </div>

      <div className="space-y-1">
        <label htmlFor={id("files")} className="block text-sm font-medium text-ink-900">
          {t("request.files")}
          {needsReceipts ? <span className="text-red-700"> *</span> : null}
        </label>
        <p className="text-xs text-ink-500">
          {!bucket
            ? t("request.filesNoBucket")
            : needsReceipts
              ? t("request.filesNeeded")
              : t("request.filesOptional")}{" "}
          {t("request.fileTypes")}
        </p>
        <input
          id={id("files")}
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          disabled={isBusy}
          aria-invalid={filesError ? true : undefined}
          onChange={(event) => {
            setFilesError(null);
            setFiles(Array.from(event.target.files ?? []).slice(0, 10));
          }}
          className="block max-w-full text-sm text-ink-700 file:mr-3 file:rounded-md file:border file:border-ink-200 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-ink-800 hover:file:bg-ink-50"
        />
        {files.length > 0 ? (
          <ul className="text-sm text-ink-700">
            {files.map((file) => (
              <li key={`${file.name}-${file.size}`}>{file.name}</li>
            ))}
          </ul>
        ) : null}
        {filesError ? <p className="text-sm text-red-700">{filesError}</p> : null}
      </div>

      <FormMessage>{formError}</FormMessage>
      {progress ? (
        <p role="status" className="text-sm text-ink-700">
          {progress}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isBusy}>
          {isPending
            ? t("request.sending")
            : isLeaving
              ? t("request.opening")
              : recordedId
                ? t("request.attachAgain")
                : t("request.send")}
        </Button>
        {recordedId ? (
          <Link
            href={`/${organisation}/disbursements/${recordedId}`}
            className="text-sm font-medium text-brand-700 hover:underline"
          >
            {t("request.openRequest")}
          </Link>
        ) : (
          <Link href={`/${organisation}/grants`} className="text-sm text-ink-600 hover:underline">
            {t("request.cancel")}
          </Link>
        )}
      </div>
    </form>
  );
}
