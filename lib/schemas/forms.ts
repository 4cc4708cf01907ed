import { z } from "zod";
import { isRealCalendarDate } from "@/lib/schemas/calendar-date";
import { DEFAULT_MAX_FILES_PER_QUESTION } from "@/lib/domain/file-answers";
import { isAnswerEmpty, visibleQuestionKeys } from "@/lib/domain/form-conditions";

// An application form's definition (ApplicationForm.definition) and the answers it accepts.
// Answer values by type: shortText/longText string, number number, currency integer HKD cents,
// date "YYYY-MM-DD", singleChoice string, multipleChoice string[], yesNo boolean, file
// string[] (ids of the application's own Attachments, see lib/domain/file-answers.ts),
// teamMembers [{ name, role, email, isFullTime }].

const questionKey = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "Question keys are snake_case.");
// Limits on every part of a definition: generous for any real form, but a definition is
// stored and sent to every applicant, so none of it may be unbounded (found by
// tests/integration/fuzz: a 300,000-character label was saved).
const option = z.object({ value: z.string().min(1).max(200), label: z.string().min(1).max(300) });

const questionBase = {
  key: questionKey,
  label: z.string().min(1).max(500),
  labelZh: z.string().max(500).optional(),
  helpText: z.string().max(2000).optional(),
  required: z.boolean().default(false),
  /**
   * Shown only while the answer to `questionKey` equals `equals` (or is one of `anyOf`, for
   * choice questions); hidden answers are dropped. See lib/domain/form-conditions.ts.
   */
  showIf: z
    .union([
      z.object({ questionKey, equals: z.union([z.string().max(200), z.number(), z.boolean()]) }),
      z.object({
        questionKey,
        anyOf: z
          .array(z.union([z.string().max(200), z.number(), z.boolean()]))
          .min(1)
          .max(100),
      }),
    ])
    .optional(),
};

const textLimits = {
  minLength: z.int().min(0).max(100_000).optional(),
  maxLength: z.int().min(1).max(100_000).optional(),
};

export const formQuestionSchema = z.discriminatedUnion("type", [
  z.object({ ...questionBase, type: z.literal("shortText"), ...textLimits }),
  z.object({ ...questionBase, type: z.literal("longText"), ...textLimits }),
  z.object({
    ...questionBase,
    type: z.literal("number"),
    min: z.number().min(-1e12).max(1e12).optional(),
    max: z.number().min(-1e12).max(1e12).optional(),
    integer: z.boolean().optional(),
  }),
  z.object({
    ...questionBase,
    type: z.literal("currency"),
    currency: z.literal("HKD").default("HKD"),
    min: z.int().min(0).max(1e12).optional(),
    maxCents: z.int().min(0).max(1e12).optional(),
  }),
  z.object({ ...questionBase, type: z.literal("date") }),
  z.object({
    ...questionBase,
    type: z.literal("singleChoice"),
    options: z.array(option).min(1).max(100),
  }),
  z.object({
    ...questionBase,
    type: z.literal("multipleChoice"),
    options: z.array(option).min(1).max(100),
    minSelected: z.int().min(0).max(100).optional(),
    maxSelected: z.int().min(1).max(100).optional(),
  }),
  z.object({ ...questionBase, type: z.literal("yesNo") }),
  z.object({
    ...questionBase,
    type: z.literal("file"),
    attachmentKind: z.string().max(64).optional(),
    accept: z.array(z.string().max(100)).max(30).optional(),
    // Uploads are capped at 60 MB whatever the form says (lib/uploads/accept-upload.ts).
    maxSizeMb: z.number().positive().max(60).optional(),
    /** How many files may answer it (lib/domain/file-answers.ts has the default). */
    maxFiles: z.int().min(1).max(30).optional(),
  }),
  z.object({
    ...questionBase,
    type: z.literal("teamMembers"),
    minItems: z.int().min(0).max(100).optional(),
    maxItems: z.int().min(1).max(100).optional(),
  }),
]);

export const formSectionSchema = z.object({
  key: questionKey,
  title: z.string().min(1).max(200),
  titleZh: z.string().max(200).optional(),
  description: z.string().max(4000).optional(),
  questions: z.array(formQuestionSchema).max(200),
});

/** A whole form definition; question keys are unique across sections. */
export const formDefinitionSchema = z
  .object({ sections: z.array(formSectionSchema).min(1).max(50) })
  .superRefine((definition, context) => {
    const seen = new Set<string>();
    for (const question of definition.sections.flatMap((section) => section.questions)) {
      if (seen.has(question.key)) {
        context.addIssue({ code: "custom", message: `Question key ${question.key} is repeated.` });
      }
      seen.add(question.key);
    }
  });

export type FormQuestion = z.infer<typeof formQuestionSchema>;
export type FormSection = z.infer<typeof formSectionSchema>;
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** Parses a stored definition; a malformed one is a bug in set-up, never the applicant's. */
export function parseFormDefinition(value: unknown): FormDefinition {
  return formDefinitionSchema.parse(value);
}

/** Every question of the form, in order. */
export function formQuestions(definition: FormDefinition): FormQuestion[] {
  return definition.sections.flatMap((section) => section.questions);
}

export const teamMemberSchema = z.object({
  name: z.string().trim().max(120),
  role: z.string().trim().max(120),
  email: z.union([z.literal(""), z.email("Enter a valid email address.")]),
  isFullTime: z.boolean(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine((text) => isRealCalendarDate(text), "Enter a real date.");

function formatCents(cents: number): string {
  return `HK$${(cents / 100).toLocaleString("en-HK", { maximumFractionDigits: 2 })}`;
}

/** The shape of one answer, with its limits; emptiness and `required` are checked separately. */
export function answerValueSchema(question: FormQuestion): z.ZodType {
  const name = question.label;
  switch (question.type) {
    case "shortText":
    case "longText": {
      let text = z.string();
      if (question.maxLength) {
        text = text.max(question.maxLength, {
          message: `${name}: at most ${question.maxLength} characters.`,
        });
      }
      return text;
    }
    case "number": {
      let number = z.number({ message: `${name}: enter a number.` });
      if (question.integer) number = number.int({ message: `${name}: enter a whole number.` });
      if (question.min !== undefined)
        number = number.min(question.min, { message: `${name}: at least ${question.min}.` });
      if (question.max !== undefined)
        number = number.max(question.max, { message: `${name}: at most ${question.max}.` });
      return number;
    }
    case "currency": {
      // Integer cents within the safe range, so the amount is exact.
      let cents = z
        .int({ message: `${name}: enter an amount in HK dollars.` })
        .min(question.min ?? 0, { message: `${name}: the amount cannot be negative.` });
      if (question.maxCents !== undefined) {
        cents = cents.max(question.maxCents, {
          message: `${name}: at most ${formatCents(question.maxCents)}.`,
        });
      }
      return cents;
    }
    case "date":
      return isoDate;
    case "singleChoice": {
      const values = question.options.map((o) => o.value);
      return z.string().refine((value) => values.includes(value), {
        message: `${name}: choose one of the options.`,
      });
    }
    case "multipleChoice": {
      const values = question.options.map((o) => o.value);
      let list = z.array(
        z.string().refine((value) => values.includes(value), {
          message: `${name}: choose from the options.`,
        }),
      );
      if (question.maxSelected) {
        list = list.max(question.maxSelected, {
          message: `${name}: choose at most ${question.maxSelected}.`,
        });
      }
      return list;
    }
    case "yesNo":
      return z.boolean({ message: `${name}: answer yes or no.` });
    case "file": {
      // Ids only: which files they are is checked against the application's attachments.
      const maxFiles = question.maxFiles ?? DEFAULT_MAX_FILES_PER_QUESTION;
      return z
        .array(z.string().min(1).max(64), { message: `${name}: upload the file again.` })
        .max(maxFiles, { message: `${name}: at most ${maxFiles} files.` });
    }
    case "teamMembers": {
      let list = z.array(teamMemberSchema);
      if (question.maxItems) {
        list = list.max(question.maxItems, {
          message: `${name}: at most ${question.maxItems} people.`,
        });
      }
      return list;
    }
  }
}

/** Why a visible answer is not complete enough to submit (beyond its shape), or null. */
function submitProblem(question: FormQuestion, value: unknown): string | null {
  if (isAnswerEmpty(value)) {
    if (!question.required) return null;
    return question.type === "file"
      ? `${question.label} is required: upload the file.`
      : `${question.label} is required.`;
  }
  if ((question.type === "shortText" || question.type === "longText") && question.minLength) {
    if (typeof value === "string" && value.trim().length < question.minLength)
      return `${question.label}: at least ${question.minLength} characters.`;
  }
  if (question.type === "multipleChoice" && question.minSelected) {
    if (Array.isArray(value) && value.length < question.minSelected)
      return `${question.label}: choose at least ${question.minSelected}.`;
  }
  if (question.type === "teamMembers" && Array.isArray(value)) {
    const members = value as TeamMember[];
    if (question.minItems && members.length < question.minItems)
      return `${question.label}: add at least ${question.minItems} ${question.minItems === 1 ? "person" : "people"}.`;
    if (members.some((member) => !member.name?.trim() || !member.role?.trim()))
      return `${question.label}: give every person a name and a role.`;
  }
  return null;
}

export type AnswerMode = "draft" | "submit";

/**
 * The zod schema of the answers to `definition`. A draft accepts any subset (null or "" clears
 * an answer) but checks each given answer's type and limits; a submission also needs every
 * visible required question answered and drops the answers of hidden questions. Unknown keys
 * are refused in both. Issues carry the question key as their path and name the question.
 */
export function buildAnswersSchema(definition: FormDefinition, mode: AnswerMode) {
  const questions = formQuestions(definition);
  const shape = Object.fromEntries(
    questions.map((question) => [question.key, answerValueSchema(question).nullable().optional()]),
  );
  return z
    .strictObject(shape)
    .superRefine((answers, context) => {
      if (mode === "draft") return;
      const visible = visibleQuestionKeys(definition, answers);
      for (const question of questions) {
        if (!visible.has(question.key)) continue;
        const problem = submitProblem(question, answers[question.key]);
        if (problem) context.addIssue({ code: "custom", path: [question.key], message: problem });
      }
    })
    .transform((answers) => {
      if (mode === "draft") return answers as Record<string, unknown>;
      const visible = visibleQuestionKeys(definition, answers);
      return Object.fromEntries(
        Object.entries(answers).filter(([key, value]) => visible.has(key) && !isAnswerEmpty(value)),
      );
    });
}
