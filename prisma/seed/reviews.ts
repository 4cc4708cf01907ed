import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { createDecision, createReview, createReviewerAssignment } from "@/tests/factories/reviews";
import type { SeededApplication } from "./applications";
import { stableNumber } from "./answers";
import { type SeedContext, staffMember } from "./context";
import { RUBRIC_CRITERIA } from "./rubric";
import { must } from "./lookup";
import { criterionComment, overallComment, recommendationFor } from "./review-comments";
import { hkt, isoDay, dayOf, shiftDays } from "./time";

const SCORE_OFFSETS = [0, 0.4, -0.4, 0.2, -0.3, 0.6, -0.6, 0.1, -0.2];

/** Staff keys of the panel for an application (see staff.ts). */
function panelFor(seeded: SeededApplication): string[] {
  const { seed } = seeded.team;
  if (seeded.seedCall.programmeKey === "cuhkSeed") return ["cuhkMentor", "eir"];
  switch (seed.pathway) {
    case "DEVICE":
    case "DIAGNOSTIC":
    case "DIGITAL":
      return ["medtechMentor", "eir", "ipMentor"];
    case "TCM":
      return ["nmpaMentor", "clinicalMentor", "ipMentor"];
    case "CELL_GENE":
      return ["mentor", "cmcMentor", "ipMentor"];
    case "THERAPEUTIC":
      return seed.focusAreas.includes("INFECTIOUS_DISEASE")
        ? ["clinicalMentor", "mentor", "ipMentor"]
        : ["mentor", "eir", "ipMentor"];
  }
}

/** Reviewer assignments, reviews with scores, and decisions for every application reviewed. */
export async function seedReviews(
  context: SeedContext,
  applications: SeededApplication[],
): Promise<void> {
  for (const seeded of applications) {
    const reviewStarted = seeded.enteredAt.get("IN_REVIEW");
    const means = reviewStarted ? await seedPanel(context, seeded, reviewStarted) : [];
    if (seeded.plan.status === "ACCEPTED" || seeded.plan.status === "REJECTED") {
      await seedDecision(context, seeded, means);
    }
  }
}

/** Creates the panel's assignments and reviews; returns the weighted means of submitted reviews. */
async function seedPanel(
  context: SeedContext,
  seeded: SeededApplication,
  assignedAt: Date,
): Promise<number[]> {
  const means: number[] = [];
  const record = (mean: number | null) => {
    if (mean !== null) means.push(mean);
  };
  const { plan, application } = seeded;
  const isUndecided = plan.status === "IN_REVIEW";
  const reviewers = panelFor(seeded).map((key) => ({ key, user: staffMember(context, key) }));
  const partnerKey = seeded.seedCall.programmeKey === "astrazeneca" ? "azScientist" : "biScientist";
  const reachedShortlist =
    seeded.enteredAt.has("SHORTLISTED") && seeded.seedCall.programmeKey !== "incuBio";

  for (const [position, reviewer] of reviewers.entries()) {
    const base = {
      organisationId: application.organisationId,
      applicationId: application.id,
      reviewerId: reviewer.user.id,
      dueAt: hkt(isoDay(dayOf(shiftDays(assignedAt, 14))), "23:59"),
      createdAt: assignedAt,
      updatedAt: assignedAt,
    };
    // Rebecca Wong advised Sai Kung Antibody on its patent filing: she declares it and steps aside.
    if (reviewer.key === "ipMentor" && plan.startup === "sai-kung-antibody") {
      await createReviewerAssignment(context.db, {
        ...base,
        status: "CONFLICTED",
        conflictDeclaredAt: shiftDays(assignedAt, 0.3),
        hasConflict: true,
        conflictDetails:
          "I advised the founders on their provisional patent application in 2025 (paid engagement).",
      });
      const replacement = staffMember(context, "nmpaMentor");
      record(
        await seedReview(
          context,
          seeded,
          { ...base, reviewerId: replacement.id },
          position,
          "SUBMITTED",
        ),
      );
      continue;
    }
    // Undecided open-call reviews are in progress: one in, one half-scored, one not started.
    const state = isUndecided
      ? (["SUBMITTED", "DRAFT", "NOT_STARTED"] as const)[position]
      : "SUBMITTED";
    // Kai Tak withdrew mid-review: the reviews not yet in were cancelled.
    if (plan.status === "WITHDRAWN" && position > 0) {
      await createReviewerAssignment(context.db, { ...base, status: "REMOVED" });
      continue;
    }
    const flagged =
      reviewer.key === "medtechMentor" && plan.startup === "harbourview-ai"
        ? {
            flaggedConflictReason:
              "Reviewer and the applicant's CEO both list HKU Department of Diagnostic Radiology.",
            conflictDetails:
              "We worked in the same department until 2019; no financial or personal ties.",
          }
        : {};
    record(
      await seedReview(context, seeded, { ...base, ...flagged }, position, state ?? "NOT_STARTED"),
    );
  }

  if (reachedShortlist) {
    const partner = staffMember(context, partnerKey);
    const invitedAt = must(seeded.enteredAt, "SHORTLISTED");
    const base = {
      organisationId: application.organisationId,
      applicationId: application.id,
      reviewerId: partner.id,
      dueAt: hkt(isoDay(dayOf(shiftDays(invitedAt, 10))), "23:59"),
      createdAt: invitedAt,
      updatedAt: invitedAt,
    };
    // The partner has not scored a shortlisted application that is still undecided.
    record(
      await seedReview(
        context,
        seeded,
        base,
        3,
        plan.status === "SHORTLISTED" ? "NOT_STARTED" : "SUBMITTED",
      ),
    );
  }
  return means;
}

type AssignmentBase = {
  organisationId: string;
  applicationId: string;
  reviewerId: string;
  dueAt: Date;
  createdAt: Date;
  updatedAt: Date;
  flaggedConflictReason?: string;
  conflictDetails?: string;
};

async function seedReview(
  context: SeedContext,
  seeded: SeededApplication,
  base: AssignmentBase,
  position: number,
  state: "SUBMITTED" | "DRAFT" | "NOT_STARTED",
): Promise<number | null> {
  const declaredAt = shiftDays(base.createdAt, 1 + position * 0.5);
  const submittedAt = shiftDays(base.createdAt, 2 + position * 1.5);
  if (state === "NOT_STARTED") {
    await createReviewerAssignment(context.db, {
      ...base,
      status: "ASSIGNED",
      remindedAt: seeded.plan.status === "IN_REVIEW" ? shiftDays(base.createdAt, 7) : null,
    });
    return null;
  }
  const assignment = await createReviewerAssignment(context.db, {
    ...base,
    status: state === "SUBMITTED" ? "SUBMITTED" : "ASSIGNED",
    conflictDeclaredAt: declaredAt,
    hasConflict: false,
  });
  const criteria = state === "SUBMITTED" ? RUBRIC_CRITERIA : RUBRIC_CRITERIA.slice(0, 3);
  const jitter = stableNumber(seeded.plan.startup, SCORE_OFFSETS.length);
  const scores = criteria.map((criterion, index) => {
    const offset = SCORE_OFFSETS[(position * 5 + index + jitter) % SCORE_OFFSETS.length] ?? 0;
    const score = Math.min(5, Math.max(1, Math.round(seeded.plan.quality + offset)));
    return { criterion, score };
  });
  const weightedMean = scores.reduce(
    (sum, { criterion, score }) => sum + Number(criterion.weight) * score,
    0,
  );
  const recommendation = recommendationFor(weightedMean);
  const review = await createReview(context.db, {
    assignmentId: assignment.id,
    status: state,
    recommendation: state === "SUBMITTED" ? recommendation : null,
    overallComment: state === "SUBMITTED" ? overallComment(recommendation) : null,
    submittedAt: state === "SUBMITTED" ? submittedAt : null,
    createdAt: declaredAt,
    updatedAt: state === "SUBMITTED" ? submittedAt : declaredAt,
  });
  await context.db.reviewScore.createMany({
    data: scores.map(({ criterion, score }) => ({
      organisationId: review.organisationId,
      reviewId: review.id,
      criterionId: must(seeded.seedCall.criteria, criterion.key).id,
      score,
      comment: criterionComment(criterion.key, score),
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
    })),
  });
  return state === "SUBMITTED" ? weightedMean : null;
}

// What panels write when they admit a start-up; picked per start-up so the list reads varied.
const ACCEPTANCE_REASONS = [
  "Strong data package and a credible route to the next regulatory milestone within the programme term.",
  "Experienced team and a clear unmet need; the panel asks for a regulatory lead to be hired within six months.",
  "Good use of the Science Park's facilities and a solid IP position.",
  "Differentiated asset with early partner interest; tranches beyond the first year depend on the agreed milestone plan.",
];

async function seedDecision(
  context: SeedContext,
  seeded: SeededApplication,
  reviewMeans: number[],
): Promise<void> {
  const { plan, application } = seeded;
  const decidedAt = must(seeded.enteredAt, plan.status as ApplicationStatus);
  const isAccepted = plan.status === "ACCEPTED";
  const mean = reviewMeans.reduce((sum, value) => sum + value, 0) / Math.max(reviewMeans.length, 1);
  const panelScore = `Weighted panel score ${mean.toFixed(2)} / 5 from ${reviewMeans.length} reviews.`;
  const acceptance = ACCEPTANCE_REASONS[stableNumber(plan.startup, ACCEPTANCE_REASONS.length)];
  const rationale = isAccepted
    ? `${panelScore} ${acceptance}`
    : plan.from === "SCREENING"
      ? (plan.reason ?? "Ineligible.")
      : `${panelScore} ${plan.reason ?? "Below the intake line."}`;
  await createDecision(context.db, {
    organisationId: application.organisationId,
    applicationId: application.id,
    outcome: isAccepted ? "ACCEPTED" : "REJECTED",
    rationale,
    feedbackToApplicant: isAccepted
      ? "Congratulations. Your programme officer will contact you about the enrolment agreement and your first milestone plan."
      : "Thank you for applying. The panel's comments are summarised below; you are welcome to apply to a future intake.",
    decidedById: seeded.officer.id,
    decidedAt,
    notifiedAt: shiftDays(decidedAt, 0.1),
    createdAt: decidedAt,
    updatedAt: decidedAt,
  });
}
