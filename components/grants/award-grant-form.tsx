"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionDialog } from "@/components/grants/action-dialog";
import { describeBucketRules } from "@/components/grants/bucket-rules";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { useFormat } from "@/i18n/use-format";
import { awardGrant } from "@/lib/actions/grants/award-grant";
import { parseHkdAmount } from "@/lib/domain/disbursement-amount";
import { formatHkd } from "@/lib/domain/money";
import type { FundingEvidenceRule, MilestoneCategory } from "@/lib/generated/prisma/enums";
import {
  awardGrantSchema,
  type AwardGrantInput,
  type AwardGrantOutput,
} from "@/lib/schemas/grants";

type ProgrammeBucket = {
  id: string;
  name: string;
  capCents: bigint;
  evidenceRule: FundingEvidenceRule;
  requiresPreApproval: boolean;
  gatingMilestoneCategory: MilestoneCategory | null;
};

/**
 * The officer sets each bucket's amount (the programme's cap by default; zero leaves a bucket
 * out), sees the total against the programme's cap, and confirms before the grant is awarded.
 */
export function AwardGrantForm({
  organisation,
  enrolmentId,
  startupName,
  programmeCapCents,
  buckets,
}: {
  organisation: string;
  enrolmentId: string;
  startupName: string;
  programmeCapCents: bigint;
  buckets: ProgrammeBucket[];
}) {
  const t = useTranslations("grantsClient");
  const f = useFormat();
  const router = useRouter();
  const formId = useId();
  const [isConfirming, setIsConfirming] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(awardGrant);
  const {
    register,
    handleSubmit,
    control,
    getValues,
    formState: { errors },
  } = useForm<AwardGrantInput, unknown, AwardGrantOutput>({
    resolver: zodResolver(awardGrantSchema),
    defaultValues: {
      organisation,
      enrolmentId,
      buckets: buckets.map((bucket) => ({
        programmeBucketId: bucket.id,
        amount: formatHkd(bucket.capCents).replace("HK$", ""),
      })),
    },
  });
  const amounts = useWatch({ control, name: "buckets" });
  const totalCents = (amounts ?? []).reduce((sum, bucket) => {
    const parsed = parseHkdAmount(bucket?.amount ?? "", { allowZero: true });
    return parsed.ok ? sum + parsed.cents : sum;
  }, 0n);
  const isOverCap = totalCents > programmeCapCents;

  async function award() {
    setFormError(null);
    try {
      // The raw amounts as typed: the action reads them into cents itself.
      const result = await executeAsync(getValues());
      if (!result.data) {
        setIsConfirming(false);
        return setFormError(describeActionError(result));
      }
      router.push(`/${organisation}/grants/${result.data.grantId}`);
    } catch {
      setIsConfirming(false);
      setFormError(t("unreachable"));
    }
  }

  return (
    <>
      <form onSubmit={handleSubmit(() => setIsConfirming(true))} noValidate className="space-y-5">
        <ul className="divide-y divide-ink-100 rounded-lg border border-ink-200">
          {buckets.map((bucket, index) => {
            const error = errors.buckets?.[index]?.amount?.message;
            return (
              <li key={bucket.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
                <div className="min-w-0 flex-1">
                  <label htmlFor={`${formId}-${bucket.id}`} className="font-medium text-ink-900">
                    {bucket.name}
                  </label>
                  <p className="text-xs text-ink-500">{describeBucketRules(bucket, t)}</p>
                  <p className="text-xs text-ink-500">
                    {t("award.programmeCap", { amount: f.money(bucket.capCents) })}
                  </p>
                </div>
                <div className="w-full sm:w-48">
                  <div className="relative">
                    <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-sm text-ink-500">
                      HK$
                    </span>
                    <input
                      id={`${formId}-${bucket.id}`}
                      inputMode="decimal"
                      autoComplete="off"
                      aria-invalid={error ? true : undefined}
                      className={`${inputClassName} pl-12 text-right tabular-nums`}
                      {...register(`buckets.${index}.amount`)}
                    />
                  </div>
                  {error ? <p className="mt-1 text-xs text-red-700">{error}</p> : null}
                </div>
              </li>
            );
          })}
          <li className="flex flex-wrap items-center justify-between gap-3 bg-ink-50/60 p-3 font-medium">
            <span>{t("award.total")}</span>
            <span className={`tabular-nums ${isOverCap ? "text-red-700" : "text-ink-900"}`}>
              {f.money(totalCents)}{" "}
              <span className="text-sm font-normal text-ink-500">
                {t("award.ofAllowed", { amount: f.moneyWhole(programmeCapCents) })}
              </span>
            </span>
          </li>
        </ul>
        {isOverCap ? <p className="text-sm text-red-700">{t("award.overCap")}</p> : null}
        <FormMessage>{formError}</FormMessage>
        <Button type="submit" disabled={isPending || isOverCap || totalCents <= 0n}>
          {t("award.submit")}
        </Button>
      </form>
      <ActionDialog
        isOpen={isConfirming}
        onClose={() => setIsConfirming(false)}
        title={t("award.confirmTitle", { amount: f.money(totalCents), startup: startupName })}
        confirmLabel={t("award.submit")}
        isPending={isPending}
        onConfirm={award}
      >
        <p>{t("award.confirmBody", { startup: startupName })}</p>
      </ActionDialog>
    </>
  );
}
