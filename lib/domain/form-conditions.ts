// Which questions of an application form are shown, given the answers so far. A question with
// `showIf` is visible while the question it depends on is itself visible and answered with the
// expected value; answers to hidden questions are not kept (a "No" hides the BR number, and the
// number typed before must not reach the reviewers).

type ConditionValue = string | number | boolean;

/**
 * When a question is shown: the earlier answer equals one value, or (for choice questions) is
 * one of several values; for a multiple-choice answer, any chosen value among them counts.
 */
export type ShowIfCondition =
  | { questionKey: string; equals: ConditionValue }
  | { questionKey: string; anyOf: readonly ConditionValue[] };

/** The parts of a form definition the visibility rules read. */
export type ConditionalForm = {
  sections: {
    questions: { key: string; showIf?: ShowIfCondition }[];
  }[];
};

export type Answers = Readonly<Record<string, unknown>>;

/** True for an answer that says nothing: missing, null, blank text or an empty list. */
export function isAnswerEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** True when the answer to the condition's question meets it. */
export function conditionHolds(condition: ShowIfCondition, answer: unknown): boolean {
  if ("equals" in condition) return answer === condition.equals;
  const chosen: unknown[] = Array.isArray(answer) ? answer : [answer];
  return chosen.some((value) => condition.anyOf.some((expected) => expected === value));
}

/** The keys of the questions visible with these answers. */
export function visibleQuestionKeys(form: ConditionalForm, answers: Answers): Set<string> {
  const questions = new Map(
    form.sections.flatMap((section) => section.questions).map((q) => [q.key, q]),
  );
  const memo = new Map<string, boolean>();
  const isVisible = (key: string, path: Set<string>): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const question = questions.get(key);
    let visible = Boolean(question);
    if (question?.showIf) {
      const { questionKey } = question.showIf;
      // A condition on an unknown question or a cycle hides the question rather than looping.
      visible =
        !path.has(questionKey) &&
        isVisible(questionKey, new Set([...path, key])) &&
        conditionHolds(question.showIf, answers[questionKey]);
    }
    memo.set(key, visible);
    return visible;
  };
  return new Set([...questions.keys()].filter((key) => isVisible(key, new Set())));
}

/** The answers without those of hidden or unknown questions. */
export function dropHiddenAnswers(
  form: ConditionalForm,
  answers: Answers,
): Record<string, unknown> {
  const visible = visibleQuestionKeys(form, answers);
  return Object.fromEntries(Object.entries(answers).filter(([key]) => visible.has(key)));
}
