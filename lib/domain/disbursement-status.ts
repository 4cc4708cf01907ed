import type { DisbursementStatus } from "@/lib/generated/prisma/enums";

/** Who moves a tranche along a transition: the programme office or finance. */
export type DisbursementActorSide = "OFFICER" | "FINANCE";

type Transition = { to: DisbursementStatus; by: DisbursementActorSide };

/**
 * The tranche status machine: REQUESTED → APPROVED (officer, first signature) →
 * FINANCE_APPROVED (finance, second signature) → PAID (finance records the payment).
 * REJECTED, with a reason, is open before PAID to whoever holds the tranche at that step: the
 * officer until finance has signed, finance from the first signature on. The database refuses
 * any other change (migration `grant_money_invariants`).
 */
export const DISBURSEMENT_TRANSITIONS: Record<DisbursementStatus, readonly Transition[]> = {
  REQUESTED: [
    { to: "APPROVED", by: "OFFICER" },
    { to: "REJECTED", by: "OFFICER" },
  ],
  APPROVED: [
    { to: "FINANCE_APPROVED", by: "FINANCE" },
    { to: "REJECTED", by: "FINANCE" },
    { to: "REJECTED", by: "OFFICER" },
  ],
  FINANCE_APPROVED: [
    { to: "PAID", by: "FINANCE" },
    { to: "REJECTED", by: "FINANCE" },
  ],
  PAID: [],
  REJECTED: [],
};

/** Statuses whose amount counts against the bucket and the grant: signed or paid money. */
export const COMMITTED_STATUSES = ["APPROVED", "FINANCE_APPROVED", "PAID"] as const;

/** True when the tranche's money is committed (approved by the officer, or further). */
export function isCommitted(status: DisbursementStatus): boolean {
  return (COMMITTED_STATUSES as readonly DisbursementStatus[]).includes(status);
}

/** True when `side` may move a tranche from `from` to `to`. */
export function canMoveDisbursement(
  from: DisbursementStatus,
  to: DisbursementStatus,
  side: DisbursementActorSide,
): boolean {
  return DISBURSEMENT_TRANSITIONS[from].some((t) => t.to === to && t.by === side);
}

/** Statuses `side` may move a tranche to from `from`. */
export function nextDisbursementStatuses(
  from: DisbursementStatus,
  side: DisbursementActorSide,
): DisbursementStatus[] {
  return [...new Set(DISBURSEMENT_TRANSITIONS[from].filter((t) => t.by === side).map((t) => t.to))];
}

const STATUS_WORDS: Record<DisbursementStatus, string> = {
  REQUESTED: "waiting for the programme officer",
  APPROVED: "approved by the programme officer and waiting for finance",
  FINANCE_APPROVED: "signed by finance and waiting for payment",
  PAID: "paid",
  REJECTED: "rejected",
};

/** Where a tranche stands, in words for a sentence ("This tranche is …"). */
export function describeDisbursementStatus(status: DisbursementStatus): string {
  return STATUS_WORDS[status];
}

const STEP_WORDS: Record<DisbursementStatus, string> = {
  REQUESTED: "request",
  APPROVED: "approve",
  FINANCE_APPROVED: "give the finance signature to",
  PAID: "mark as paid",
  REJECTED: "reject",
};

/** Why a transition is refused, in words for the user; null when it is allowed. */
export function disbursementTransitionProblem(
  from: DisbursementStatus,
  to: DisbursementStatus,
  side: DisbursementActorSide,
): string | null {
  if (canMoveDisbursement(from, to, side)) return null;
  if (DISBURSEMENT_TRANSITIONS[from].length === 0) {
    return `This tranche is ${STATUS_WORDS[from]} and can no longer change.`;
  }
  const who = side === "OFFICER" ? "The programme office" : "Finance";
  return `This tranche is ${STATUS_WORDS[from]}: ${who.toLowerCase()} cannot ${STEP_WORDS[to]} it now. Reload to see its current state.`;
}

export type Signatures = {
  requestedById: string;
  approvedById: string | null;
};

/**
 * Maker-checker for one record: the requester never signs, and the finance signature is never
 * the first approver's. Null when `actorId` may give the signature that leads to `to`.
 */
export function signatureProblem(
  tranche: Signatures,
  to: DisbursementStatus,
  actorId: string,
): string | null {
  if (to === "REJECTED") return null;
  if (tranche.requestedById === actorId) {
    return "You requested this tranche, so you cannot sign it: another person must approve it.";
  }
  if (to === "FINANCE_APPROVED" && tranche.approvedById === actorId) {
    return "You gave the first approval on this tranche, so the second signature must come from another person.";
  }
  return null;
}
