import { roleCan } from "@/lib/auth/permissions";
import type { DisbursementStatus, MembershipRole } from "@/lib/generated/prisma/enums";
import {
  canMoveDisbursement,
  type DisbursementActorSide,
  signatureProblem,
} from "./disbursement-status";

export type DisbursementStep = "approve" | "financeApprove" | "markPaid" | "reject";

/** The steps a viewer may take on a tranche; each says why it is blocked (null: available). */
export type AvailableSteps = Partial<Record<DisbursementStep, { blockedBecause: string | null }>>;

const STEP_STATUS = {
  approve: { to: "APPROVED", permission: "disbursement.approve" },
  financeApprove: { to: "FINANCE_APPROVED", permission: "disbursement.finance_approve" },
  markPaid: { to: "PAID", permission: "disbursement.mark_paid" },
  reject: { to: "REJECTED", permission: "disbursement.reject" },
} as const;

/**
 * What the page offers: the steps the viewer's role may take from the tranche's status (the
 * same rules the actions enforce), with maker-checker, the gate and missing proof shown as the
 * reason a step is blocked rather than as an error after the click.
 */
export function availableSteps(
  viewer: { role: MembershipRole; userId: string },
  tranche: {
    status: DisbursementStatus;
    requestedById: string;
    approvedById: string | null;
    gateProblem: string | null;
    needsProof: boolean;
  },
): AvailableSteps {
  const side: DisbursementActorSide = viewer.role === "FINANCE_APPROVER" ? "FINANCE" : "OFFICER";
  const steps: AvailableSteps = {};
  for (const [step, { to, permission }] of Object.entries(STEP_STATUS) as [
    DisbursementStep,
    (typeof STEP_STATUS)[DisbursementStep],
  ][]) {
    if (!roleCan(viewer.role, permission) || !canMoveDisbursement(tranche.status, to, side))
      continue;
    let blockedBecause = signatureProblem(tranche, to, viewer.userId);
    if (!blockedBecause && step === "approve") {
      blockedBecause =
        tranche.gateProblem ??
        (tranche.needsProof
          ? "No invoice or receipt is attached yet: this bucket is reimbursed against proof of payment."
          : null);
    }
    steps[step] = { blockedBecause };
  }
  return steps;
}
