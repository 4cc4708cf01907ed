"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ActionDialog } from "@/components/grants/action-dialog";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { approveDisbursement } from "@/lib/actions/disbursements/approve-disbursement";
import { financeApproveDisbursement } from "@/lib/actions/disbursements/finance-approve-disbursement";
import { markDisbursementPaid } from "@/lib/actions/disbursements/mark-disbursement-paid";
import { rejectDisbursement } from "@/lib/actions/disbursements/reject-disbursement";
import type { AvailableSteps, DisbursementStep } from "@/lib/domain/disbursement-steps";
import { formatHkd } from "@/lib/domain/money";

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
 * that says exactly what will happen. Every call sends the version the page showed, so a step
 * taken on a stale page fails with a clear message instead of acting on something else.
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
  const router = useRouter();
  const fieldId = useId();
  const [open, setOpen] = useState<Step | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [paymentReference, setPaymentReference] = useState("");
  const [paidOn, setPaidOn] = useState(todayHk);
  const approve = useAction(approveDisbursement);
  const financeApprove = useAction(financeApproveDisbursement);
  const markPaid = useAction(markDisbursementPaid);
  const reject = useAction(rejectDisbursement);
  const isPending =
    approve.isPending || financeApprove.isPending || markPaid.isPending || reject.isPending;
  const amount = formatHkd(tranche.amountCents);
  const base = { organisation, disbursementId: tranche.id, version: tranche.version };

  function close() {
    if (!isPending) {
      setOpen(null);
      setError(null);
    }
  }

  async function run(step: Step) {
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
      if (!result.data) return setError(describeActionError(result));
      setOpen(null);
      setNotice(DONE[step](amount));
      router.refresh();
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
  }

  const button = (step: Step, label: string, variant: "primary" | "secondary") => {
    const available = steps[step];
    if (!available) return null;
    return (
      <Button
        key={step}
        variant={variant}
        size={isCompact ? "sm" : "md"}
        disabled={isPending || available.blockedBecause !== null}
        title={available.blockedBecause ?? undefined}
        onClick={() => {
          setNotice(null);
          setOpen(step);
        }}
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
        {button("approve", `Approve ${amount}`, "primary")}
        {button("financeApprove", `Sign ${amount}`, "primary")}
        {button("markPaid", "Record payment", "primary")}
        {button("reject", "Reject", "secondary")}
      </div>
      {blocked.map((text) => (
        <p key={text} className="text-xs text-amber-800">
          {text}
        </p>
      ))}
      {notice ? <FormMessage tone="success">{notice}</FormMessage> : null}

      {steps.approve ? (
        <ActionDialog
          isOpen={open === "approve"}
          onClose={close}
          title={`Approve ${amount} for ${tranche.startupName}?`}
          confirmLabel={`Approve ${amount}`}
          isPending={isPending}
          onConfirm={() => run("approve")}
        >
          <p>&ldquo;{tranche.purpose}&rdquo;</p>
          <p>
            This is the first signature. {tranche.bucketName} will then have{" "}
            <strong className="tabular-nums">
              {formatHkd(tranche.bucketRemainingCents - tranche.amountCents)}
            </strong>{" "}
            left to approve. Finance gives the second signature before anything is paid.
          </p>
          <FormMessage>{error}</FormMessage>
        </ActionDialog>
      ) : null}

      {steps.financeApprove ? (
        <ActionDialog
          isOpen={open === "financeApprove"}
          onClose={close}
          title={`Sign ${amount} for ${tranche.startupName}?`}
          confirmLabel={`Sign ${amount}`}
          isPending={isPending}
          onConfirm={() => run("financeApprove")}
        >
          <p>
            &ldquo;{tranche.purpose}&rdquo; from {tranche.bucketName}.
          </p>
          <p>
            Approved by {tranche.approvedByName ?? "the programme office"}. Your signature releases
            it for the next payment run.
          </p>
          <FormMessage>{error}</FormMessage>
        </ActionDialog>
      ) : null}

      {steps.markPaid ? (
        <ActionDialog
          isOpen={open === "markPaid"}
          onClose={close}
          title={`Record the payment of ${amount}`}
          confirmLabel="Record payment"
          isPending={isPending}
          onConfirm={() => run("markPaid")}
        >
          <p>
            To {tranche.startupName} for &ldquo;{tranche.purpose}&rdquo;. The start-up is told once
            you record it.
          </p>
          <div className="space-y-1">
            <label htmlFor={`${fieldId}-reference`} className="block font-medium text-ink-900">
              Payment reference
            </label>
            <input
              id={`${fieldId}-reference`}
              className={inputClassName}
              value={paymentReference}
              onChange={(event) => setPaymentReference(event.target.value)}
              placeholder="e.g. HKSTP-PV-202611-00412"
              autoComplete="off"
              required
            />
          </div>
          <div className="space-y-1">
            <label htmlFor={`${fieldId}-date`} className="block font-medium text-ink-900">
              Payment date (Hong Kong)
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
        </ActionDialog>
      ) : null}

      {steps.reject ? (
        <ActionDialog
          isOpen={open === "reject"}
          onClose={close}
          title={`Reject ${amount} for ${tranche.startupName}?`}
          confirmLabel="Reject request"
          confirmVariant="secondary"
          isPending={isPending}
          onConfirm={() => run("reject")}
        >
          <p>
            &ldquo;{tranche.purpose}&rdquo;. The start-up reads your reason and can send a new
            request. Any money it held is released.
          </p>
          <div className="space-y-1">
            <label htmlFor={`${fieldId}-reason`} className="block font-medium text-ink-900">
              Reason for the start-up
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
        </ActionDialog>
      ) : null}
    </div>
  );
}

const DONE: Record<Step, (amount: string) => string> = {
  approve: (amount) => `Approved ${amount}. Finance has been asked for the second signature.`,
  financeApprove: (amount) => `Signed ${amount}. It is ready for payment.`,
  markPaid: (amount) => `Payment of ${amount} recorded. The start-up has been told.`,
  reject: () => "Rejected. The start-up has been told why.",
};
