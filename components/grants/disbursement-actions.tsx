"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { useFormat } from "@/i18n/use-format";
import { approveDisbursement } from "@/lib/actions/disbursements/approve-disbursement";
import { financeApproveDisbursement } from "@/lib/actions/disbursements/finance-approve-disbursement";
import { markDisbursementPaid } from "@/lib/actions/disbursements/mark-disbursement-paid";
import { rejectDisbursement } from "@/lib/actions/disbursements/reject-disbursement";
import type { AvailableSteps, DisbursementStep } from "@/lib/domain/disbursement-steps";

type Step = DisbursementStep;

export type TrancheForActions = {
  id: string;
  version: number;
  amountCents: bigint;
  purpose: string;
  startupName: string;
  bucketName: string;
  bucketRemainingCents: bigint;
  approvedByName: string | null;
};

/**
 * The money actions the viewer may take on one tranche, each behind a confirmation dialog
 * that names the amount and the start-up and says exactly what will happen; the result is a
 * toast. Every call sends the version the page showed, so a step taken on a stale page fails
 * with a clear message instead of acting on something else.
 */
export function DisbursementActions({
  organisation,
  tranche,
  steps,
  todayHk,
  isCompact = false,
}: {
  organisation: string;
  tranche: TrancheForActions;
  steps: AvailableSteps;
  /** Today in Hong Kong, "YYYY-MM-DD": the payment date's default and maximum. */
  todayHk: string;
  isCompact?: boolean;
}) {
  const t = useTranslations("disbursementsClient");
  const f = useFormat();
  const router = useRouter();
  const toast = useToast();
  const fieldId = useId();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [paymentReference, setPaymentReference] = useState("");
  const [paidOn, setPaidOn] = useState(todayHk);
  const approve = useAction(approveDisbursement);
  const financeApprove = useAction(financeApproveDisbursement);
  const markPaid = useAction(markDisbursementPaid);
  const reject = useAction(rejectDisbursement);
  const isPending =
    approve.isPending || financeApprove.isPending || markPaid.isPending || reject.isPending;
  const amount = f.money(tranche.amountCents);
  const startup = tranche.startupName;
  const base = { organisation, disbursementId: tranche.id, version: tranche.version };

  /** Runs a step; false keeps the dialog open with the error in it. */
  async function run(step: Step): Promise<boolean> {
    setError(null);
    try {
      const result =
        step === "approve"
          ? await approve.executeAsync(base)
          : step === "financeApprove"
            ? await financeApprove.executeAsync(base)
            : step === "markPaid"
              ? await markPaid.executeAsync({ ...base, paymentReference, paidOn })
              : await reject.executeAsync({ ...base, reason });
      if (!result.data) {
        setError(describeActionError(result) ?? t("failed"));
        return false;
      }
      toast({ title: t(`done.${step}`, { amount, startup }), tone: "success" });
      router.refresh();
      return true;
    } catch {
      setError(t("unreachable"));
      return false;
    }
  }

  const trigger = (step: Step, label: string, variant: "primary" | "secondary") => {
    const available = steps[step];
    return (
      <Button
        variant={variant}
        size={isCompact ? "sm" : "md"}
        disabled={isPending || (available?.blockedBecause ?? null) !== null}
        title={available?.blockedBecause ?? undefined}
        onClick={() => setError(null)}
      >
        {label}
      </Button>
    );
  };
  const blocked = Object.values(steps)
    .map((step) => step?.blockedBecause)
    .filter((reasonText): reasonText is string => Boolean(reasonText));

  return (
    <div className="min-w-0 flex-1 space-y-2">
      <div className="flex flex-wrap gap-2">
        {steps.approve ? (
          <ConfirmDialog
            trigger={trigger("approve", t("approve", { amount }), "primary")}
            title={t("approveTitle", { amount, startup })}
            confirmLabel={t("approve", { amount })}
            onConfirm={() => run("approve")}
            description={t("approveBody", {
              bucket: tranche.bucketName,
              left: f.money(tranche.bucketRemainingCents - tranche.amountCents),
            })}
          >
            <p className="text-sm text-ink-700">&ldquo;{tranche.purpose}&rdquo;</p>
            <FormMessage>{error}</FormMessage>
          </ConfirmDialog>
        ) : null}

        {steps.financeApprove ? (
          <ConfirmDialog
            trigger={trigger("financeApprove", t("sign", { amount }), "primary")}
            title={t("signTitle", { amount, startup })}
            confirmLabel={t("sign", { amount })}
            onConfirm={() => run("financeApprove")}
            description={t("signBody", {
              bucket: tranche.bucketName,
              approver: tranche.approvedByName ?? t("theProgrammeOffice"),
            })}
          >
            <p className="text-sm text-ink-700">&ldquo;{tranche.purpose}&rdquo;</p>
            <FormMessage>{error}</FormMessage>
          </ConfirmDialog>
        ) : null}

        {steps.markPaid ? (
          <ConfirmDialog
            trigger={trigger("markPaid", t("recordPayment"), "primary")}
            title={t("payTitle", { amount, startup })}
            confirmLabel={t("recordPayment")}
            onConfirm={() => run("markPaid")}
            description={t("payBody", { startup, purpose: tranche.purpose })}
          >
            <div className="space-y-3 text-sm">
              <div className="space-y-1">
                <label htmlFor={`${fieldId}-reference`} className="block font-medium text-ink-900">
                  {t("paymentReference")}
                </label>
                <input
                  id={`${fieldId}-reference`}
                  className={inputClassName}
                  value={paymentReference}
                  onChange={(event) => setPaymentReference(event.target.value)}
                  placeholder={t("paymentReferencePlaceholder")}
                  autoComplete="off"
                  required
                />
              </div>
              <div className="space-y-1">
                <label htmlFor={`${fieldId}-date`} className="block font-medium text-ink-900">
                  {t("paymentDate")}
                </label>
                <input
                  id={`${fieldId}-date`}
                  type="date"
                  className={inputClassName}
                  value={paidOn}
                  max={todayHk}
                  onChange={(event) => setPaidOn(event.target.value)}
                  required
                />
              </div>
              <FormMessage>{error}</FormMessage>
            </div>
          </ConfirmDialog>
        ) : null}

        {steps.reject ? (
          <ConfirmDialog
            trigger={trigger("reject", t("reject"), "secondary")}
            title={t("rejectTitle", { amount, startup })}
            confirmLabel={t("rejectConfirm")}
            tone="danger"
            onConfirm={() => run("reject")}
            description={t("rejectBody", { purpose: tranche.purpose })}
          >
            <div className="space-y-3 text-sm">
              <div className="space-y-1">
                <label htmlFor={`${fieldId}-reason`} className="block font-medium text-ink-900">
                  {t("rejectReason")}
                </label>
                <textarea
                  id={`${fieldId}-reason`}
                  rows={3}
                  className={`${inputClassName} h-auto py-2`}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  required
                />
              </div>
              <FormMessage>{error}</FormMessage>
            </div>
          </ConfirmDialog>
        ) : null}
      </div>
      {blocked.map((text) => (
        <p key={text} className="text-xs text-amber-800">
          {text}
        </p>
      ))}
    </div>
  );
}
