import { keyFromLabel } from "@/lib/domain/form-builder";
import type { FormDefinition, FormQuestion, FormSection } from "@/lib/schemas/forms";

// Pure edits of a form definition for the builder: every change returns a new definition, so
// the component's state stays a plain value that can be saved, previewed and undone.

export type QuestionType = FormQuestion["type"];

/** The list with the item at `index` moved by `delta` places (unchanged at either end). */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
    return [...items];
  }
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  moved.splice(target, 0, item as T);
  return moved;
}

/** Every question key in the form. */
export function takenKeys(definition: FormDefinition): Set<string> {
  return new Set(definition.sections.flatMap((section) => section.questions.map((q) => q.key)));
}

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  shortText: "Short text",
  longText: "Long text",
  number: "Number",
  currency: "Amount in HK$",
  date: "Date",
  singleChoice: "Single choice",
  multipleChoice: "Multiple choice",
  yesNo: "Yes / no",
  file: "File upload",
  teamMembers: "Team members",
};

/**
 * The question with another type, keeping what every type shares (key, label, help, required,
 * condition) and giving the new type its usual settings. Choice options survive a change
 * between single and multiple choice.
 */
export function withType(question: FormQuestion, type: QuestionType): FormQuestion {
  const { key, label, labelZh, helpText, required, showIf } = question;
  const base = { key, label, labelZh, helpText, required, showIf };
  const options =
    "options" in question
      ? question.options
      : [
          { value: "option_1", label: "Option 1" },
          { value: "option_2", label: "Option 2" },
        ];
  switch (type) {
    case "shortText":
      return { ...base, type, maxLength: 200 };
    case "longText":
      return { ...base, type, maxLength: 3000 };
    case "number":
      return { ...base, type };
    case "currency":
      return { ...base, type, currency: "HKD" };
    case "date":
      return { ...base, type };
    case "singleChoice":
      return { ...base, type, options };
    case "multipleChoice":
      return { ...base, type, options };
    case "yesNo":
      return { ...base, type };
    case "file":
      return { ...base, type, attachmentKind: "OTHER" };
    case "teamMembers":
      return { ...base, type, minItems: 1, maxItems: 20 };
  }
}

/** A new question of `type` with a key no other question has. */
export function newQuestion(type: QuestionType, definition: FormDefinition): FormQuestion {
  const label = `New ${QUESTION_TYPE_LABELS[type].toLowerCase()} question`;
  const key = keyFromLabel(label, takenKeys(definition));
  return withType({ key, label, type: "yesNo", required: false }, type);
}

/** A new section with a key no other section has. */
export function newSection(definition: FormDefinition): FormSection {
  const taken = new Set(definition.sections.map((section) => section.key));
  return {
    key: keyFromLabel(`section ${definition.sections.length + 1}`, taken, "section"),
    title: `Section ${definition.sections.length + 1}`,
    questions: [],
  };
}

/**
 * The definition without the question at the position, and without conditions that depended
 * on it (a condition on a missing question would hide its question for ever).
 */
export function removeQuestion(
  definition: FormDefinition,
  sectionIndex: number,
  questionIndex: number,
): FormDefinition {
  const removed = definition.sections[sectionIndex]?.questions[questionIndex];
  return {
    ...definition,
    sections: definition.sections.map((section, s) => ({
      ...section,
      questions: section.questions
        .filter((_, q) => !(s === sectionIndex && q === questionIndex))
        .map((question) =>
          removed && question.showIf?.questionKey === removed.key
            ? { ...question, showIf: undefined }
            : question,
        ),
    })),
  };
}

/** The definition with one question replaced; a renamed key carries its conditions along. */
export function replaceQuestion(
  definition: FormDefinition,
  sectionIndex: number,
  questionIndex: number,
  next: FormQuestion,
): FormDefinition {
  const previous = definition.sections[sectionIndex]?.questions[questionIndex];
  const renamed = previous && previous.key !== next.key ? previous.key : null;
  return {
    ...definition,
    sections: definition.sections.map((section, s) => ({
      ...section,
      questions: section.questions.map((question, q) => {
        if (s === sectionIndex && q === questionIndex) return next;
        if (renamed && question.showIf?.questionKey === renamed) {
          return { ...question, showIf: { ...question.showIf, questionKey: next.key } };
        }
        return question;
      }),
    })),
  };
}

/**
 * Moves a question one place up or down in form order, crossing into the neighbouring section
 * at either end of its own (so the keyboard alone can move a question anywhere).
 */
export function moveQuestion(
  definition: FormDefinition,
  sectionIndex: number,
  questionIndex: number,
  delta: -1 | 1,
): { definition: FormDefinition; sectionIndex: number; questionIndex: number } {
  const section = definition.sections[sectionIndex];
  const question = section?.questions[questionIndex];
  if (!section || !question) return { definition, sectionIndex, questionIndex };
  const target = questionIndex + delta;
  if (target >= 0 && target < section.questions.length) {
    const sections = definition.sections.map((s, i) =>
      i === sectionIndex ? { ...s, questions: moveItem(s.questions, questionIndex, delta) } : s,
    );
    return { definition: { ...definition, sections }, sectionIndex, questionIndex: target };
  }
  const neighbour = sectionIndex + delta;
  if (neighbour < 0 || neighbour >= definition.sections.length) {
    return { definition, sectionIndex, questionIndex };
  }
  const sections = definition.sections.map((s, i) => {
    if (i === sectionIndex)
      return { ...s, questions: s.questions.filter((_, q) => q !== questionIndex) };
    if (i === neighbour) {
      return {
        ...s,
        questions: delta === 1 ? [question, ...s.questions] : [...s.questions, question],
      };
    }
    return s;
  });
  const landed = delta === 1 ? 0 : (definition.sections[neighbour]?.questions.length ?? 0);
  return {
    definition: { ...definition, sections },
    sectionIndex: neighbour,
    questionIndex: landed,
  };
}
