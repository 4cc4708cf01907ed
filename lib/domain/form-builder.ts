import type { ShowIfCondition } from "@/lib/domain/form-conditions";
import type { FormDefinition, FormQuestion } from "@/lib/schemas/forms";

// Rules an officer's form definition must meet beyond its shape (lib/schemas/forms.ts): what
// the form builder shows next to a question and what saving or publishing refuses.

/** Where a problem is, so the builder can show it beside the right section or question. */
export type FormProblem = {
  sectionIndex: number;
  questionIndex?: number;
  questionKey?: string;
  message: string;
};

/** What an applicant's uploaded file may be filed as (the application upload target's kinds). */
export const APPLICATION_FILE_KINDS = ["PITCH_DECK", "IP_SUMMARY", "FINANCIALS", "OTHER"] as const;

/** Question types a condition may depend on: their answers are a closed set of values. */
export const CONDITION_SOURCE_TYPES = ["yesNo", "singleChoice", "multipleChoice"] as const;

export type ConditionSourceType = (typeof CONDITION_SOURCE_TYPES)[number];

/** True when later questions may be shown or hidden by this question's answer. */
export function canControlConditions(
  question: Pick<FormQuestion, "type">,
): question is Extract<FormQuestion, { type: ConditionSourceType }> {
  return (CONDITION_SOURCE_TYPES as readonly string[]).includes(question.type);
}

/** The values a condition names: `equals` as a list of one, or `anyOf`. */
export function conditionValues(
  condition: ShowIfCondition,
): readonly (string | number | boolean)[] {
  return "equals" in condition ? [condition.equals] : condition.anyOf;
}

/** Why a condition on `source` (an earlier question) cannot work, or null when it can. */
export function conditionProblem(
  condition: ShowIfCondition,
  source: FormQuestion | undefined,
  isEarlier: boolean,
): string | null {
  if (!source) return "It depends on a question that is not in the form.";
  if (!isEarlier) return `It depends on “${source.label}”, which must come before it.`;
  if (!canControlConditions(source)) {
    return `“${source.label}” is not a yes/no or choice question, so it cannot show or hide others.`;
  }
  const values = conditionValues(condition);
  if (values.length === 0) return `Choose the answers to “${source.label}” that show it.`;
  if (source.type === "yesNo") {
    return values.every((value) => typeof value === "boolean")
      ? null
      : `“${source.label}” is answered yes or no.`;
  }
  if (source.type === "multipleChoice" && "equals" in condition) {
    return `“${source.label}” allows several answers: choose the answers that show it.`;
  }
  const options = new Set(source.options.map((option) => option.value));
  const unknown = values.filter((value) => typeof value !== "string" || !options.has(value));
  return unknown.length === 0
    ? null
    : `“${source.label}” has no option ${unknown.map((value) => `“${String(value)}”`).join(", ")}.`;
}

function limitProblems(question: FormQuestion): string[] {
  const problems: string[] = [];
  const isAbove = (low: number | undefined, high: number | undefined) =>
    low !== undefined && high !== undefined && low > high;
  switch (question.type) {
    case "shortText":
    case "longText":
      if (isAbove(question.minLength, question.maxLength))
        problems.push("The minimum length is above the maximum.");
      break;
    case "number":
      if (isAbove(question.min, question.max)) problems.push("The minimum is above the maximum.");
      break;
    case "currency":
      if (isAbove(question.min, question.maxCents))
        problems.push("The minimum amount is above the maximum.");
      break;
    case "singleChoice":
    case "multipleChoice": {
      const values = question.options.map((option) => option.value.trim());
      if (new Set(values).size !== values.length) problems.push("Two options are the same.");
      if (question.options.some((option) => !option.label.trim()))
        problems.push("Every option needs a label.");
      if (question.type === "multipleChoice") {
        if (isAbove(question.minSelected, question.maxSelected))
          problems.push("The minimum number of choices is above the maximum.");
        if ((question.minSelected ?? 0) > question.options.length)
          problems.push("It asks for more choices than there are options.");
      }
      break;
    }
    case "teamMembers":
      if (isAbove(question.minItems, question.maxItems))
        problems.push("The minimum number of people is above the maximum.");
      break;
    case "file":
      if (
        question.attachmentKind !== undefined &&
        !(APPLICATION_FILE_KINDS as readonly string[]).includes(question.attachmentKind)
      )
        problems.push("Choose what kind of document the file is.");
      break;
    default:
      break;
  }
  return problems;
}

/**
 * Every problem of a definition, in form order: repeated keys, a condition that depends on a
 * later or unknown question, on a question type that cannot control others, or on an option
 * that does not exist, and limits that contradict each other. Empty means the form is sound.
 */
export function formDefinitionProblems(definition: FormDefinition): FormProblem[] {
  const problems: FormProblem[] = [];
  const sectionKeys = new Set<string>();
  const earlier = new Map<string, FormQuestion>();
  const all = new Map(
    definition.sections.flatMap((section) => section.questions).map((q) => [q.key, q]),
  );
  definition.sections.forEach((section, sectionIndex) => {
    if (sectionKeys.has(section.key))
      problems.push({ sectionIndex, message: `Two sections are both called ${section.key}.` });
    sectionKeys.add(section.key);
    section.questions.forEach((question, questionIndex) => {
      const at = { sectionIndex, questionIndex, questionKey: question.key };
      if (earlier.has(question.key))
        problems.push({ ...at, message: `Question key ${question.key} is repeated.` });
      if (question.showIf) {
        const source = all.get(question.showIf.questionKey);
        const problem = conditionProblem(
          question.showIf,
          source,
          earlier.has(question.showIf.questionKey),
        );
        if (problem) problems.push({ ...at, message: problem });
      }
      for (const message of limitProblems(question)) problems.push({ ...at, message });
      earlier.set(question.key, question);
    });
  });
  return problems;
}

/** How many questions the form asks, across sections. */
export function countFormQuestions(definition: Pick<FormDefinition, "sections">): number {
  return definition.sections.reduce((total, section) => total + section.questions.length, 0);
}

/** The questions before the given position, in form order: those a condition may depend on. */
export function questionsBefore(
  definition: FormDefinition,
  sectionIndex: number,
  questionIndex: number,
): FormQuestion[] {
  const before: FormQuestion[] = [];
  definition.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      if (s < sectionIndex || (s === sectionIndex && q < questionIndex)) before.push(question);
    });
  });
  return before;
}

/** A snake_case key from a label ("Company name" → "company_name"), unique among `taken`. */
export function keyFromLabel(
  label: string,
  taken: ReadonlySet<string>,
  fallback = "question",
): string {
  const base =
    label
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .replace(/^(\d)/, "q_$1")
      .slice(0, 48) || fallback;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}
