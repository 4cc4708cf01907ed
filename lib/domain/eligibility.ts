import { z } from "zod";
import { isAnswerEmpty, type Answers } from "@/lib/domain/form-conditions";

// Eligibility criteria of a call (EligibilityCriterion.rule). A criterion without a rule, or
// with a rule this version does not know, is self-declared: the programme office checks it at
// screening, so it never blocks a submission.

const eligibilityRuleSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("yesNo"), questionKey: z.string(), expected: z.boolean() }),
  z.object({
    type: z.literal("equals"),
    questionKey: z.string(),
    expected: z.union([z.string(), z.number(), z.boolean()]),
  }),
  z.object({ type: z.literal("anyOf"), questionKey: z.string(), values: z.array(z.string()) }),
]);

export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;

export type EligibilityCriterionInput = { id: string; label: string; rule: unknown };

export type EligibilityOutcome = "PASSED" | "FAILED" | "UNANSWERED" | "SELF_DECLARED";

export type EligibilityResult<C extends EligibilityCriterionInput = EligibilityCriterionInput> = {
  criterion: C;
  /** True or false when the answers decide it; null when they cannot (yet). */
  passed: boolean | null;
  outcome: EligibilityOutcome;
  reason: string;
};

/** The machine-checkable rule of a criterion, or null when it is self-declared. */
export function parseEligibilityRule(rule: unknown): EligibilityRule | null {
  const parsed = eligibilityRuleSchema.safeParse(rule);
  return parsed.success ? parsed.data : null;
}

function describeValue(value: unknown): string {
  if (value === true) return "Yes";
  if (value === false) return "No";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

function evaluateOne<C extends EligibilityCriterionInput>(
  criterion: C,
  answers: Answers,
  labelOf: (questionKey: string) => string,
): EligibilityResult<C> {
  const rule = parseEligibilityRule(criterion.rule);
  if (!rule) {
    return {
      criterion,
      passed: null,
      outcome: "SELF_DECLARED",
      reason: "Self-declared: the programme office checks it at screening.",
    };
  }
  const question = `“${labelOf(rule.questionKey)}”`;
  const answer = answers[rule.questionKey];
  if (isAnswerEmpty(answer)) {
    return { criterion, passed: null, outcome: "UNANSWERED", reason: `Answer ${question}.` };
  }
  let passed: boolean;
  let expected: string;
  switch (rule.type) {
    case "yesNo":
    case "equals":
      passed = answer === rule.expected;
      expected = describeValue(rule.expected);
      break;
    case "anyOf": {
      const chosen = Array.isArray(answer) ? answer : [answer];
      passed = chosen.some((value) => rule.values.includes(String(value)));
      expected = `one of ${rule.values.join(", ")}`;
      break;
    }
  }
  return {
    criterion,
    passed,
    outcome: passed ? "PASSED" : "FAILED",
    reason: passed
      ? `${question}: ${describeValue(answer)}.`
      : `${question} is ${describeValue(answer)}; this call needs ${expected}.`,
  };
}

/**
 * Evaluates every criterion against the answers, in order. `labelOf` names a question for the
 * reasons (defaults to its key).
 */
export function evaluateEligibility<C extends EligibilityCriterionInput>(
  criteria: readonly C[],
  answers: Answers,
  labelOf: (questionKey: string) => string = (key) => key,
): EligibilityResult<C>[] {
  return criteria.map((criterion) => evaluateOne(criterion, answers, labelOf));
}

/** The results that stop a submission: a rule the answers fail or leave unanswered. */
export function blockingEligibilityResults<C extends EligibilityCriterionInput>(
  results: readonly EligibilityResult<C>[],
): EligibilityResult<C>[] {
  return results.filter((result) => result.outcome === "FAILED" || result.outcome === "UNANSWERED");
}
