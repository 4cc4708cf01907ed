import type {
  ApplicationStatus,
  ReviewRecommendation,
  ScreeningOutcome,
} from "@/lib/generated/prisma/enums";
import {
  addDaysTo,
  type CallPhase,
  type ScaleCall,
  type ScaleContext,
  type ScaleStartup,
} from "./context";
import { spread } from "./random";
import { FOCUS_VOCABULARY, REVIEW_COMMENTS } from "./words";

/** An application that ended ACCEPTED: the cohort step enrols it. */
export type AcceptedApplication = {
  id: string;
  call: ScaleCall;
  startup: ScaleStartup;
  decidedAt: Date;
};

const FINAL_STATUS_WEIGHTS: Record<CallPhase, Partial<Record<ApplicationStatus, number>>> = {
  OPEN: { DRAFT: 30, SUBMITTED: 25, SCREENING: 20, IN_REVIEW: 15, SHORTLISTED: 3, WITHDRAWN: 7 },
  IN_REVIEW: {
    DRAFT: 5,
    SUBMITTED: 5,
    SCREENING: 10,
    IN_REVIEW: 45,
    SHORTLISTED: 15,
    REJECTED: 15,
    WITHDRAWN: 5,
  },
  DECIDED: { DRAFT: 5, ACCEPTED: 25, REJECTED: 65, WITHDRAWN: 5 },
};

const AUDIT_ACTIONS: Partial<Record<ApplicationStatus, string>> = {
  SUBMITTED: "application.submit",
  SCREENING: "application.screen",
  IN_REVIEW: "application.screen",
  SHORTLISTED: "application.shortlist",
  ACCEPTED: "application.decide",
  REJECTED: "application.decide",
  WITHDRAWN: "application.withdraw",
};

/** The statuses an application passed through to reach `final` (after DRAFT). */
function pathTo(final: ApplicationStatus, isScreenedOut: boolean): ApplicationStatus[] {
  const review: ApplicationStatus[] = ["SUBMITTED", "SCREENING", "IN_REVIEW"];
  switch (final) {
    case "DRAFT":
      return [];
    case "SUBMITTED":
      return ["SUBMITTED"];
    case "SCREENING":
      return ["SUBMITTED", "SCREENING"];
    case "IN_REVIEW":
      return review;
    case "SHORTLISTED":
      return [...review, "SHORTLISTED"];
    case "ACCEPTED":
      return [...review, "SHORTLISTED", "ACCEPTED"];
    case "REJECTED":
      return isScreenedOut ? ["SUBMITTED", "SCREENING", "REJECTED"] : [...review, "REJECTED"];
    case "WITHDRAWN":
      return ["SUBMITTED", "WITHDRAWN"];
  }
}

/** Picks a call for the start-up: one of a programme it has not applied to, if any is left. */
function pickCall(
  context: ScaleContext,
  usedCalls: Set<string>,
  usedProgrammes: Set<string>,
): ScaleCall | null {
  const { calls, random } = context;
  for (let attempt = 0; attempt < 12; attempt++) {
    const call = random.pick(calls);
    if (!usedCalls.has(call.id) && !usedProgrammes.has(call.programme.id)) return call;
  }
  const free = calls.filter((call) => !usedCalls.has(call.id));
  return free.length > 0 ? random.pick(free) : null;
}

/**
 * Applications with answers and timelines, reviewer assignments and reviews (scored against
 * the call's rubric) for those that reached review, and decisions. Returns the accepted ones.
 */
export async function seedApplications(context: ScaleContext): Promise<AcceptedApplication[]> {
  const { ids, now, random } = context;
  const applications: unknown[][] = [];
  const answers: unknown[][] = [];
  const changes: unknown[][] = [];
  const decisions: unknown[][] = [];
  const reviewable: { id: string; call: ScaleCall; final: ApplicationStatus; quality: number }[] =
    [];
  const accepted: AcceptedApplication[] = [];
  const usedCalls = new Map<string, Set<string>>();
  const usedProgrammes = new Map<string, Set<string>>();
  const sequence = new Map<string, number>();
  const clamp = (instant: Date) =>
    instant > now ? new Date(now.getTime() - random.int(1, 600) * 60_000) : instant;

  for (let index = 0; index < context.plan.applications; index++) {
    const startup = context.startups[index % context.startups.length]!;
    const calls = usedCalls.get(startup.id) ?? new Set<string>();
    const programmes = usedProgrammes.get(startup.id) ?? new Set<string>();
    usedCalls.set(startup.id, calls);
    usedProgrammes.set(startup.id, programmes);
    const call = pickCall(context, calls, programmes);
    if (!call) continue;
    calls.add(call.id);
    programmes.add(call.programme.id);
    const operator = call.programme.operator;
    const final = random.weighted(FINAL_STATUS_WEIGHTS[call.phase]);
    const isScreenedOut = final === "REJECTED" && random.chance(0.3);
    const id = ids.next("ap");
    const number = (sequence.get(call.referencePrefix) ?? 0) + 1;
    sequence.set(call.referencePrefix, number);
    const focus = FOCUS_VOCABULARY[startup.focusAreas[0]!];
    const projectTitle = `${capitalise(random.pick(focus.assets))} for ${random.pick(focus.indications)}`;
    const windowDays = Math.max(
      1,
      Math.floor((call.closesAt.getTime() - call.opensAt.getTime()) / 86_400_000) - 5,
    );
    const createdAt = clamp(addDaysTo(call.opensAt, random.int(0, windowDays)));
    const path = pathTo(final, isScreenedOut);
    const afterClose = call.phase === "OPEN" ? createdAt : call.closesAt;
    let at = createdAt;
    let from: ApplicationStatus = "DRAFT";
    let submittedAt: Date | null = null;
    for (const status of path) {
      const step = status === "SUBMITTED" ? random.int(1, 6) : random.int(3, 14);
      at = clamp(addDaysTo(status === "SUBMITTED" ? at : maxDate(at, afterClose), step));
      if (status === "SUBMITTED") submittedAt = at;
      const actorId =
        status === "SUBMITTED" || status === "WITHDRAWN"
          ? startup.founderId
          : random.pick(operator.officers);
      changes.push([ids.next("sc"), operator.id, id, from, status, actorId, null, at, at]);
      context.audit.push({
        organisationId: operator.id,
        actorId,
        action: AUDIT_ACTIONS[status]!,
        targetType: "Application",
        targetId: id,
        createdAt: at,
      });
      from = status;
    }
    const screening: ScreeningOutcome | null = path.includes("IN_REVIEW")
      ? "ELIGIBLE"
      : isScreenedOut
        ? "INELIGIBLE"
        : null;
    applications.push([
      id,
      operator.id,
      startup.id,
      call.id,
      call.formId,
      startup.founderId,
      `${call.referencePrefix}-${String(number).padStart(4, "0")}`,
      projectTitle,
      final,
      screening,
      isScreenedOut ? "The company is not incorporated in Hong Kong." : null,
      submittedAt,
      path.length,
      createdAt,
      at,
    ]);
    answers.push(
      [ids.next("aa"), operator.id, id, "company_name", JSON.stringify(startup.name), createdAt],
      [ids.next("aa"), operator.id, id, "hk_company", JSON.stringify(!isScreenedOut), createdAt],
      [
        ids.next("aa"),
        operator.id,
        id,
        "technology_summary",
        JSON.stringify(`${projectTitle}. ${random.pick(REVIEW_COMMENTS)}`),
        createdAt,
      ],
    );
    if (path.includes("IN_REVIEW")) {
      reviewable.push({ id, call, final, quality: random.int(1, 5) });
    }
    if (final === "ACCEPTED" || (final === "REJECTED" && !isScreenedOut)) {
      decisions.push([
        ids.next("de"),
        operator.id,
        id,
        final,
        final === "ACCEPTED"
          ? "Strong scores across the panel; fits the programme's focus and facilities."
          : "Below the funding line this round; the panel suggests re-applying with preclinical data.",
        random.pick(operator.officers),
        at,
        at,
        at,
      ]);
    }
    if (final === "ACCEPTED") accepted.push({ id, call, startup, decidedAt: at });
  }

  await context.writer.insert(
    "Application",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["startupId", "text"],
      ["callId", "text"],
      ["formId", "text"],
      ["createdById", "text"],
      ["reference", "text"],
      ["projectTitle", "text"],
      ["status", '"ApplicationStatus"'],
      ["screeningOutcome", '"ScreeningOutcome"'],
      ["screeningReason", "text"],
      ["submittedAt", "timestamptz"],
      ["version", "int"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    applications,
  );
  await context.writer.insert(
    "ApplicationAnswer",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["applicationId", "text"],
      ["questionKey", "text"],
      ["value", "jsonb"],
      ["updatedAt", "timestamptz"],
    ],
    answers,
  );
  await context.writer.insert(
    "ApplicationStatusChange",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["applicationId", "text"],
      ["fromStatus", '"ApplicationStatus"'],
      ["toStatus", '"ApplicationStatus"'],
      ["actorId", "text"],
      ["reason", "text"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    changes,
  );
  await seedReviews(context, reviewable);
  await context.writer.insert(
    "Decision",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["applicationId", "text"],
      ["outcome", '"DecisionOutcome"'],
      ["rationale", "text"],
      ["decidedById", "text"],
      ["decidedAt", "timestamptz"],
      ["notifiedAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    decisions,
  );
  return accepted;
}

function recommendationFor(score: number): ReviewRecommendation {
  if (score >= 4.5) return "STRONGLY_SUPPORT";
  if (score >= 3.5) return "SUPPORT";
  if (score >= 2.5) return "NEUTRAL";
  return "DO_NOT_SUPPORT";
}

/**
 * The plan's reviews spread over the applications that reached review: each reviewer is an
 * assigned mentor of the operator (one assignment, one review), submitted with a score per
 * rubric criterion unless the call is still in review and the reviewer has only a draft.
 */
async function seedReviews(
  context: ScaleContext,
  reviewable: { id: string; call: ScaleCall; final: ApplicationStatus; quality: number }[],
): Promise<void> {
  const { ids, now, random } = context;
  const assignments: unknown[][] = [];
  const reviews: unknown[][] = [];
  const scores: unknown[][] = [];
  const perApplication = spread(context.plan.reviews, reviewable.length);
  reviewable.forEach((application, index) => {
    const { call } = application;
    const operator = call.programme.operator;
    const reviewers = random.sample(operator.mentors, perApplication[index]!);
    const assignedAt = addDaysTo(call.phase === "OPEN" ? call.opensAt : call.closesAt, 3);
    for (const reviewerId of reviewers) {
      const isSubmitted = application.final !== "IN_REVIEW" || random.chance(0.5);
      const submittedAt = isSubmitted
        ? minDate(now, addDaysTo(assignedAt, random.int(3, 20)))
        : null;
      const assignmentId = ids.next("ra");
      assignments.push([
        assignmentId,
        operator.id,
        application.id,
        reviewerId,
        isSubmitted ? "SUBMITTED" : "ASSIGNED",
        addDaysTo(assignedAt, 21),
        isSubmitted ? submittedAt : null,
        isSubmitted ? false : null,
        assignedAt,
        submittedAt ?? assignedAt,
      ]);
      const reviewId = ids.next("rv");
      const average = Math.min(5, Math.max(1, application.quality + (random.next() - 0.5) * 2));
      reviews.push([
        reviewId,
        operator.id,
        assignmentId,
        application.id,
        reviewerId,
        isSubmitted ? "SUBMITTED" : "DRAFT",
        isSubmitted ? recommendationFor(average) : null,
        isSubmitted ? random.pick(REVIEW_COMMENTS) : null,
        submittedAt,
        assignedAt,
        submittedAt ?? assignedAt,
      ]);
      if (!isSubmitted) continue;
      for (const criterionId of call.criterionIds) {
        const score = Math.min(5, Math.max(1, Math.round(average + (random.next() - 0.5) * 2)));
        scores.push([ids.next("rs"), operator.id, reviewId, criterionId, score, submittedAt]);
      }
    }
  });
  await context.writer.insert(
    "ReviewerAssignment",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["applicationId", "text"],
      ["reviewerId", "text"],
      ["status", '"ReviewerAssignmentStatus"'],
      ["dueAt", "timestamptz"],
      ["conflictDeclaredAt", "timestamptz"],
      ["hasConflict", "boolean"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    assignments,
  );
  await context.writer.insert(
    "Review",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["assignmentId", "text"],
      ["applicationId", "text"],
      ["reviewerId", "text"],
      ["status", '"ReviewStatus"'],
      ["recommendation", '"ReviewRecommendation"'],
      ["overallComment", "text"],
      ["submittedAt", "timestamptz"],
      ["createdAt", "timestamptz"],
      ["updatedAt", "timestamptz"],
    ],
    reviews,
  );
  await context.writer.insert(
    "ReviewScore",
    [
      ["id", "text"],
      ["organisationId", "text"],
      ["reviewId", "text"],
      ["criterionId", "text"],
      ["score", "int"],
      ["updatedAt", "timestamptz"],
    ],
    scores,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}
