import { z } from "zod";
import { isRealCalendarDate } from "@/lib/schemas/calendar-date";
import { MilestoneCategory } from "@/lib/generated/prisma/enums";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : undefined));

const requiredText = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min > 1 ? `${label} (at least ${min} characters)` : label)
    .max(max, `Use at most ${max} characters`);

/** A Hong Kong calendar date, e.g. "2027-03-31". */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a due date")
  .refine((value) => isRealCalendarDate(value), "Choose a due date");

const milestoneFields = {
  category: z.enum(MilestoneCategory, { error: "Choose a category" }),
  title: requiredText("Give the milestone a title", 3, 200),
  description: optionalText(2000),
  dueOn: calendarDate,
};

/** A milestone written by hand. `requiresMentorSignOff` is the programme team's to set. */
export const createMilestoneSchema = z.object({
  organisation,
  enrolmentId: recordId,
  ...milestoneFields,
  requiresMentorSignOff: z.boolean().optional(),
});
export type CreateMilestoneInput = z.input<typeof createMilestoneSchema>;

/** Milestones from templates: each template once, its due date defaulting from its offset. */
export const addMilestonesFromTemplatesSchema = z.object({
  organisation,
  enrolmentId: recordId,
  items: z
    .array(z.object({ templateId: recordId, dueOn: calendarDate.optional() }))
    .min(1, "Choose at least one template")
    .max(20, "Add at most 20 milestones at a time")
    .refine(
      (items) => new Set(items.map((item) => item.templateId)).size === items.length,
      "Choose each template once",
    ),
});
export type AddMilestonesFromTemplatesInput = z.input<typeof addMilestonesFromTemplatesSchema>;

/** Edits a planned or in-progress milestone. */
export const updateMilestoneSchema = z.object({
  organisation,
  milestoneId: recordId,
  ...milestoneFields,
  requiresMentorSignOff: z.boolean().optional(),
});
export type UpdateMilestoneInput = z.input<typeof updateMilestoneSchema>;

/** The plan's new order: every milestone of the enrolment, once. */
export const reorderMilestonesSchema = z.object({
  organisation,
  enrolmentId: recordId,
  milestoneIds: z
    .array(recordId)
    .min(1)
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, "List each milestone once"),
});
export type ReorderMilestonesInput = z.input<typeof reorderMilestonesSchema>;

export const milestoneTargetSchema = z.object({ organisation, milestoneId: recordId });
export type MilestoneTargetInput = z.input<typeof milestoneTargetSchema>;

/** Start a planned milestone, or resume a delayed one, optionally with a new due date. */
export const startMilestoneSchema = z.object({
  organisation,
  milestoneId: recordId,
  dueOn: calendarDate.optional(),
});
export type StartMilestoneInput = z.input<typeof startMilestoneSchema>;

/** A delay needs a reason the other side reads and a revised due date. */
export const delayMilestoneSchema = z.object({
  organisation,
  milestoneId: recordId,
  reason: requiredText("Say why it is delayed", 10, 2000),
  dueOn: calendarDate,
});
export type DelayMilestoneInput = z.input<typeof delayMilestoneSchema>;

/** The start-up's evidence: a note the officer reads; files are uploaded to it afterwards. */
export const submitMilestoneEvidenceSchema = z.object({
  organisation,
  milestoneId: recordId,
  note: requiredText("Describe the evidence", 10, 5000),
});
export type SubmitMilestoneEvidenceInput = z.input<typeof submitMilestoneEvidenceSchema>;

/** The officer's assessment: accept, or return with comments the start-up reads. */
export const assessMilestoneSchema = z
  .object({
    organisation,
    milestoneId: recordId,
    outcome: z.enum(["ACCEPT", "RETURN"], { error: "Choose accept or return" }),
    comment: optionalText(5000),
  })
  .superRefine((input, context) => {
    if (input.outcome === "RETURN" && (!input.comment || input.comment.length < 10)) {
      context.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Say what is missing, so the start-up can resubmit (at least 10 characters)",
      });
    }
  });
export type AssessMilestoneInput = z.input<typeof assessMilestoneSchema>;

export const markMilestoneMissedSchema = z.object({
  organisation,
  milestoneId: recordId,
  reason: requiredText("Say why it was missed", 10, 2000),
});
export type MarkMilestoneMissedInput = z.input<typeof markMilestoneMissedSchema>;

export const signOffMilestoneSchema = z.object({ organisation, milestoneId: recordId });
export type SignOffMilestoneInput = z.input<typeof signOffMilestoneSchema>;
