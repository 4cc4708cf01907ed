import { z } from "zod";
import { parseHongKongDateTimeInput } from "@/lib/domain/call-times";
import { percentToBasisPoints } from "@/lib/domain/rubric-weights";
import { formDefinitionSchema } from "@/lib/schemas/forms";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : null));

/** A `datetime-local` value read as Hong Kong time. */
const hongKongDateTime = (what: string) =>
  z.string().transform((text, context) => {
    const date = parseHongKongDateTimeInput(text);
    if (!date) {
      context.addIssue({ code: "custom", message: `Choose the ${what} (Hong Kong time)` });
      return z.NEVER;
    }
    return date;
  });

const callDetailsFields = z.object({
  organisation,
  title: z.string().trim().min(3, "Give the call a title").max(200, "Use at most 200 characters"),
  titleZh: optionalText(200),
  summary: optionalText(1000),
  opensAt: hongKongDateTime("opening date and time"),
  closesAt: hongKongDateTime("closing date and time"),
  intakeSize: z
    .number({ error: "Enter a whole number" })
    .int("Enter a whole number")
    .min(1, "At least one place")
    .max(1000, "At most 1,000 places")
    .nullable(),
  isBlindReview: z.boolean(),
});

function checkTimes(input: { opensAt: Date; closesAt: Date }, context: z.RefinementCtx) {
  if (input.closesAt <= input.opensAt) {
    context.addIssue({
      code: "custom",
      path: ["closesAt"],
      message: "The call must close after it opens",
    });
  }
}

export const createCallSchema = callDetailsFields
  .extend({
    programmeId: recordId,
    /** Start from a copy of another call's eligibility, form and rubric (same programme). */
    copyFromCallId: recordId.optional().or(z.literal("").transform(() => undefined)),
  })
  .superRefine(checkTimes);
export type CreateCallInput = z.input<typeof createCallSchema>;

export const updateCallDetailsSchema = callDetailsFields
  .extend({ callId: recordId })
  .superRefine(checkTimes);
export type UpdateCallDetailsInput = z.input<typeof updateCallDetailsSchema>;

const questionKey = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "Choose a question");

/** The automatic check of a criterion (lib/domain/eligibility.ts); null = self-declared. */
export const eligibilityRuleInputSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("yesNo"), questionKey, expected: z.boolean() }),
  z.object({
    type: z.literal("anyOf"),
    questionKey,
    values: z.array(z.string().min(1)).min(1, "Choose at least one accepted answer").max(50),
  }),
  z.object({
    type: z.literal("equals"),
    questionKey,
    expected: z.union([z.string(), z.number(), z.boolean()]),
  }),
]);
export type EligibilityRuleInput = z.infer<typeof eligibilityRuleInputSchema>;

export const eligibilityCriterionInputSchema = z.object({
  label: z.string().trim().min(3, "Describe the criterion").max(300, "Use at most 300 characters"),
  labelZh: optionalText(300),
  description: optionalText(2000),
  rule: eligibilityRuleInputSchema.nullable(),
});

export const saveEligibilityCriteriaSchema = z.object({
  organisation,
  callId: recordId,
  criteria: z.array(eligibilityCriterionInputSchema).max(30, "At most 30 criteria"),
});
export type SaveEligibilityCriteriaInput = z.input<typeof saveEligibilityCriteriaSchema>;

const MAX_QUESTIONS = 200;

export const saveFormDraftSchema = z.object({
  organisation,
  callId: recordId,
  definition: formDefinitionSchema.refine(
    (definition) =>
      definition.sections.length <= 30 &&
      definition.sections.reduce((total, section) => total + section.questions.length, 0) <=
        MAX_QUESTIONS,
    `A form holds at most 30 sections and ${MAX_QUESTIONS} questions`,
  ),
  /** When the draft the officer edited was last saved (ISO), or null for a new draft. */
  lastSavedAt: z.string().max(40).nullable(),
});
export type SaveFormDraftInput = z.input<typeof saveFormDraftSchema>;

export const rubricCriterionInputSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, "Use lower-case letters, digits and _ (e.g. team)"),
  label: z.string().trim().min(2, "Name the criterion").max(120, "Use at most 120 characters"),
  labelZh: optionalText(120),
  guidance: optionalText(2000),
  /** Percent with at most two decimals ("30", "12.5"); converted to basis points. */
  weightPercent: z.string().transform((text, context) => {
    const basisPoints = percentToBasisPoints(text);
    if (basisPoints === null || basisPoints === 0) {
      context.addIssue({ code: "custom", message: "Enter a weight between 0.01 and 100 %" });
      return z.NEVER;
    }
    return basisPoints;
  }),
});

export const saveRubricDraftSchema = z
  .object({
    organisation,
    callId: recordId,
    scaleMin: z.number().int("Whole numbers only").min(0, "From 0 up").max(9, "At most 9"),
    scaleMax: z.number().int("Whole numbers only").min(1, "At least 1").max(10, "At most 10"),
    criteria: z
      .array(rubricCriterionInputSchema)
      .min(1, "Add at least one criterion")
      .max(20, "At most 20 criteria"),
    lastSavedAt: z.string().max(40).nullable(),
  })
  .superRefine((input, context) => {
    if (input.scaleMin >= input.scaleMax) {
      context.addIssue({
        code: "custom",
        path: ["scaleMax"],
        message: "The top of the scale must be above the bottom",
      });
    }
    const keys = new Set<string>();
    input.criteria.forEach((criterion, index) => {
      if (keys.has(criterion.key)) {
        context.addIssue({
          code: "custom",
          path: ["criteria", index, "key"],
          message: `Another criterion is already ${criterion.key}`,
        });
      }
      keys.add(criterion.key);
    });
  });
export type SaveRubricDraftInput = z.input<typeof saveRubricDraftSchema>;

export const publishCallSchema = z.object({ organisation, callId: recordId });
export type PublishCallInput = z.infer<typeof publishCallSchema>;

export const closeCallSchema = z.object({ organisation, callId: recordId });
export type CloseCallInput = z.infer<typeof closeCallSchema>;
