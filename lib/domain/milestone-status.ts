import type { MilestoneStatus } from "@/lib/generated/prisma/enums";

/**
 * Who moves a milestone: the start-up that owns the plan (milestone.plan, milestone.submit_evidence)
 * or the operator's programme officer (milestone.plan, milestone.assess). A mentor's sign-off is
 * not a transition: it is a condition of acceptance (see canAccept).
 */
export type MilestoneActorSide = "STARTUP" | "OFFICER";

/** What a transition means to people; each is one server action. */
export type MilestoneMove =
  | "START" // PLANNED → IN_PROGRESS
  | "RESUME" // DELAYED → IN_PROGRESS
  | "SUBMIT_EVIDENCE" // → SUBMITTED
  | "DELAY" // → DELAYED, with a reason and a revised due date
  | "ACCEPT" // SUBMITTED → ACHIEVED
  | "RETURN" // SUBMITTED → IN_PROGRESS, with the officer's comments
  | "MARK_MISSED"; // → MISSED, with a reason

type Transition = {
  to: MilestoneStatus;
  move: MilestoneMove;
  by: readonly MilestoneActorSide[];
};

const BOTH = ["STARTUP", "OFFICER"] as const;
const STARTUP = ["STARTUP"] as const;
const OFFICER = ["OFFICER"] as const;

/**
 * The milestone status machine: PLANNED → IN_PROGRESS → SUBMITTED → ACHIEVED, or DELAYED / MISSED.
 * - The start-up submits evidence from any open status (a founder need not "start" first), and
 *   either side may flag a delay or resume.
 * - Only the officer decides: accept (ACHIEVED), return with comments (back to IN_PROGRESS) or
 *   mark missed. Evidence waiting for assessment is not delayed or missed: return it first.
 * - ACHIEVED and MISSED are final.
 */
export const MILESTONE_TRANSITIONS: Record<MilestoneStatus, readonly Transition[]> = {
  PLANNED: [
    { to: "IN_PROGRESS", move: "START", by: BOTH },
    { to: "SUBMITTED", move: "SUBMIT_EVIDENCE", by: STARTUP },
    { to: "DELAYED", move: "DELAY", by: BOTH },
    { to: "MISSED", move: "MARK_MISSED", by: OFFICER },
  ],
  IN_PROGRESS: [
    { to: "SUBMITTED", move: "SUBMIT_EVIDENCE", by: STARTUP },
    { to: "DELAYED", move: "DELAY", by: BOTH },
    { to: "MISSED", move: "MARK_MISSED", by: OFFICER },
  ],
  DELAYED: [
    { to: "IN_PROGRESS", move: "RESUME", by: BOTH },
    { to: "SUBMITTED", move: "SUBMIT_EVIDENCE", by: STARTUP },
    { to: "MISSED", move: "MARK_MISSED", by: OFFICER },
  ],
  SUBMITTED: [
    { to: "ACHIEVED", move: "ACCEPT", by: OFFICER },
    { to: "IN_PROGRESS", move: "RETURN", by: OFFICER },
  ],
  ACHIEVED: [],
  MISSED: [],
};

/** The transition `move` makes from `from`, or null when the machine has none. */
export function transitionFor(from: MilestoneStatus, move: MilestoneMove): Transition | null {
  return MILESTONE_TRANSITIONS[from].find((transition) => transition.move === move) ?? null;
}

/** True when `side` may make `move` from `from`. */
export function canMove(
  from: MilestoneStatus,
  move: MilestoneMove,
  side: MilestoneActorSide,
): boolean {
  return transitionFor(from, move)?.by.includes(side) ?? false;
}

/** The moves `side` may make from `from`, in the machine's order. */
export function movesFor(from: MilestoneStatus, side: MilestoneActorSide): MilestoneMove[] {
  return MILESTONE_TRANSITIONS[from]
    .filter((transition) => transition.by.includes(side))
    .map((transition) => transition.move);
}

/** Achieved and missed milestones never change again. */
export function isClosedMilestoneStatus(status: MilestoneStatus): boolean {
  return MILESTONE_TRANSITIONS[status].length === 0;
}

/** Title, description, category and due date change only before evidence is in. */
export function isEditableMilestoneStatus(status: MilestoneStatus): boolean {
  return status === "PLANNED" || status === "IN_PROGRESS";
}

/** Only a milestone nobody has started can be taken off the plan. */
export function isRemovableMilestoneStatus(status: MilestoneStatus): boolean {
  return status === "PLANNED";
}

const MOVE_WORDS: Record<MilestoneMove, string> = {
  START: "started",
  RESUME: "resumed",
  SUBMIT_EVIDENCE: "submitted for assessment",
  DELAY: "marked delayed",
  ACCEPT: "accepted",
  RETURN: "returned",
  MARK_MISSED: "marked missed",
};

const STATUS_WORDS: Record<MilestoneStatus, string> = {
  PLANNED: "planned",
  IN_PROGRESS: "in progress",
  SUBMITTED: "waiting for assessment",
  ACHIEVED: "achieved",
  DELAYED: "delayed",
  MISSED: "missed",
};

/** Why a move is refused, in words for the user; null when it is allowed. */
export function moveProblem(
  from: MilestoneStatus,
  move: MilestoneMove,
  side: MilestoneActorSide,
): string | null {
  if (canMove(from, move, side)) return null;
  if (isClosedMilestoneStatus(from)) {
    return `This milestone is ${STATUS_WORDS[from]} and can no longer change.`;
  }
  if (transitionFor(from, move)) {
    return side === "STARTUP"
      ? `Only the programme team can do this: a milestone is ${MOVE_WORDS[move]} by its officer.`
      : `Only the start-up can do this: a milestone is ${MOVE_WORDS[move]} by the start-up.`;
  }
  return `A milestone that is ${STATUS_WORDS[from]} cannot be ${MOVE_WORDS[move]}.`;
}

/**
 * Whether an officer may accept now: evidence submitted and, where the milestone requires it,
 * signed off by a mentor. Returns the reason when not.
 */
export function acceptanceProblem(milestone: {
  status: MilestoneStatus;
  requiresMentorSignOff: boolean;
  mentorSignedOffAt: Date | null;
}): string | null {
  const problem = moveProblem(milestone.status, "ACCEPT", "OFFICER");
  if (problem) return problem;
  if (milestone.requiresMentorSignOff && !milestone.mentorSignedOffAt) {
    return "This milestone needs a mentor's sign-off before it can be accepted. Ask the start-up's mentor to sign it off, or return it.";
  }
  return null;
}

/** Whether a mentor may sign off now: only evidence waiting for assessment, once. */
export function signOffProblem(milestone: {
  status: MilestoneStatus;
  requiresMentorSignOff: boolean;
  mentorSignedOffAt: Date | null;
}): string | null {
  if (!milestone.requiresMentorSignOff) return "This milestone does not need a mentor's sign-off.";
  if (milestone.mentorSignedOffAt) return "This milestone is already signed off.";
  if (milestone.status !== "SUBMITTED") {
    return "A mentor signs off once the start-up has submitted its evidence.";
  }
  return null;
}

/** The side a membership role acts on in a milestone plan; null for roles that do not plan. */
export function milestoneSideOf(role: string): MilestoneActorSide | null {
  if (role === "STARTUP_MEMBER") return "STARTUP";
  if (role === "PROGRAMME_OFFICER") return "OFFICER";
  return null;
}
