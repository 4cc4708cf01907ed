import { z } from "zod";
import { isRealCalendarDate } from "@/lib/schemas/calendar-date";
import { ReviewRecommendation } from "@/lib/generated/prisma/enums";
import { emailField } from "@/lib/schemas/members";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : undefined));

/** The officer's eligibility check; an ineligible application needs a reason the applicant reads. */
export const screenApplicationSchema = z
  .object({
    organisation,
    applicationId: recordId,
    outcome: z.enum(["ELIGIBLE", "INELIGIBLE"], { error: "Choose eligible or ineligible" }),
    reason: optionalText(2000),
  })
  .superRefine((input, context) => {
    if (input.outcome === "INELIGIBLE" && !input.reason) {
      context.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Say why the application is ineligible",
      });
    }
  });
export type ScreenApplicationInput = z.input<typeof screenApplicationSchema>;

/** A Hong Kong calendar date, e.g. "2026-12-18". */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a due date")
  .refine((value) => isRealCalendarDate(value), "Choose a due date");

export const assignReviewerSchema = z.object({
  organisation,
  applicationId: recordId,
  reviewerId: z.string().min(1, "Choose a reviewer").max(64),
  dueOn: calendarDate,
});
export type AssignReviewerInput = z.input<typeof assignReviewerSchema>;

/** The reviewer's conflict-of-interest declaration; a conflict must be described. */
export const declareConflictSchema = z
  .object({
    organisation,
    assignmentId: recordId,
    hasConflict: z.boolean({ error: "Say whether you have a conflict" }),
    details: optionalText(2000),
  })
  .superRefine((input, context) => {
    if (input.hasConflict && !input.details) {
      context.addIssue({
        code: "custom",
        path: ["details"],
        message: "Describe the conflict (shareholding, employment, family, collaboration…)",
      });
    }
  });
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;

/**
 * A review saved as a draft or submitted. Scores are checked against the rubric's scale in the
 * action (the scale is the call's); submitting also needs every criterion and a recommendation.
 */
export const submitReviewSchema = z.object({
  organisation,
  assignmentId: recordId,
  intent: z.enum(["SAVE_DRAFT", "SUBMIT"]),
  scores: z
    .array(
      z.object({
        criterionId: recordId,
        score: z.number().int("Scores are whole numbers").nullable(),
        comment: optionalText(2000),
      }),
    )
    .max(50),
  recommendation: z.enum(ReviewRecommendation).nullable(),
  overallComment: optionalText(5000),
});
export type SubmitReviewInput = z.input<typeof submitReviewSchema>;

export const shortlistApplicationSchema = z.object({
  organisation,
  applicationId: recordId,
  reason: optionalText(2000),
});
export type ShortlistApplicationInput = z.input<typeof shortlistApplicationSchema>;

/** The decision: the rationale stays internal, the feedback is what the applicant reads. */
export const decideApplicationSchema = z.object({
  organisation,
  applicationId: recordId,
  outcome: z.enum(["ACCEPTED", "REJECTED"], { error: "Choose accept or reject" }),
  rationale: z
    .string()
    .trim()
    .min(10, "Give the panel's rationale (at least 10 characters)")
    .max(5000, "Use at most 5000 characters"),
  feedbackToApplicant: optionalText(5000),
});
export type DecideApplicationInput = z.input<typeof decideApplicationSchema>;

/** An officer invites an expert from outside by name and email, to review. */
export const inviteExternalReviewerSchema = z.object({
  organisation,
  name: z
    .string()
    .trim()
    .min(2, "Enter the reviewer's name")
    .max(120, "Use at most 120 characters"),
  email: emailField,
});
export type InviteExternalReviewerInput = z.input<typeof inviteExternalReviewerSchema>;

/** "Remind now" on one open assignment. */
export const remindReviewerSchema = z.object({ organisation, assignmentId: recordId });
export type RemindReviewerInput = z.input<typeof remindReviewerSchema>;

/** The most applications one bulk action takes (a large intake is a few hundred). */
export const BULK_LIMIT = 200;

const applicationIds = z
  .array(recordId)
  .min(1, "Select at least one application")
  .max(BULK_LIMIT, `Select at most ${BULK_LIMIT} applications at once`)
  .refine((ids) => new Set(ids).size === ids.length, "An application is selected twice");

/** Bulk actions on the applications of one call: all apply, or none does. */
export const bulkScreenEligibleSchema = z.object({
  organisation,
  callId: recordId,
  applicationIds,
});
export type BulkScreenEligibleInput = z.input<typeof bulkScreenEligibleSchema>;

export const bulkAssignReviewerSchema = z.object({
  organisation,
  callId: recordId,
  applicationIds,
  reviewerId: z.string().min(1, "Choose a reviewer").max(64),
  dueOn: calendarDate,
});
export type BulkAssignReviewerInput = z.input<typeof bulkAssignReviewerSchema>;

export const bulkShortlistSchema = z.object({ organisation, callId: recordId, applicationIds });
export type BulkShortlistInput = z.input<typeof bulkShortlistSchema>;
