import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** Which side moves an application along a transition. */
export type ApplicationActorSide = "STARTUP" | "OPERATOR";

type Transition = { to: ApplicationStatus; by: ApplicationActorSide };

/**
 * The application status machine: DRAFT → SUBMITTED → SCREENING → IN_REVIEW → SHORTLISTED →
 * ACCEPTED | REJECTED, with WITHDRAWN open to the applicant until a decision, and REJECTED
 * open to the officer from screening on (an ineligible application stops at screening).
 */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly Transition[]> = {
  DRAFT: [
    { to: "SUBMITTED", by: "STARTUP" },
    { to: "WITHDRAWN", by: "STARTUP" },
  ],
  SUBMITTED: [
    { to: "SCREENING", by: "OPERATOR" },
    { to: "WITHDRAWN", by: "STARTUP" },
  ],
  SCREENING: [
    { to: "IN_REVIEW", by: "OPERATOR" },
    { to: "REJECTED", by: "OPERATOR" },
    { to: "WITHDRAWN", by: "STARTUP" },
  ],
  IN_REVIEW: [
    { to: "SHORTLISTED", by: "OPERATOR" },
    { to: "REJECTED", by: "OPERATOR" },
    { to: "WITHDRAWN", by: "STARTUP" },
  ],
  SHORTLISTED: [
    { to: "ACCEPTED", by: "OPERATOR" },
    { to: "REJECTED", by: "OPERATOR" },
    { to: "WITHDRAWN", by: "STARTUP" },
  ],
  ACCEPTED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

/** True when `side` may move an application from `from` to `to`. */
export function canTransition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  side: ApplicationActorSide,
): boolean {
  return APPLICATION_TRANSITIONS[from].some(
    (transition) => transition.to === to && transition.by === side,
  );
}

/** Statuses `side` may move an application to from `from`. */
export function nextStatuses(
  from: ApplicationStatus,
  side: ApplicationActorSide,
): ApplicationStatus[] {
  return APPLICATION_TRANSITIONS[from]
    .filter((transition) => transition.by === side)
    .map((t) => t.to);
}

/** A decided or withdrawn application never changes again. */
export function isFinalStatus(status: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[status].length === 0;
}

/** Why a transition is refused, in words for the user; null when it is allowed. */
export function transitionProblem(
  from: ApplicationStatus,
  to: ApplicationStatus,
  side: ApplicationActorSide,
): string | null {
  if (canTransition(from, to, side)) return null;
  if (isFinalStatus(from))
    return `This application is ${from.toLowerCase()} and can no longer change.`;
  return `An application that is ${from.toLowerCase().replace("_", " ")} cannot be moved to ${to
    .toLowerCase()
    .replace("_", " ")} by ${side === "STARTUP" ? "the applicant" : "the programme office"}.`;
}
