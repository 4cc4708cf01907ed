import { parseEligibilityRule } from "@/lib/domain/eligibility";
import { countFormQuestions, formDefinitionProblems } from "@/lib/domain/form-builder";
import { FULL_WEIGHT, totalBasisPoints } from "@/lib/domain/rubric-weights";
import { formDefinitionSchema, formQuestions, type FormDefinition } from "@/lib/schemas/forms";

// When a call may be published (and when a new form or rubric version may go live): the rules
// the publish tab lists and the publish action enforces.

export type SetupArea = "details" | "eligibility" | "form" | "rubric";

export type ReadinessProblem = { area: SetupArea; message: string };

export type ReadinessRubric = {
  scaleMin: number;
  scaleMax: number;
  criteria: readonly { key: string; label: string; weightBasisPoints: number }[];
};

export type ReadinessInput = {
  call: {
    title: string;
    opensAt: Date;
    closesAt: Date;
    /** Applicants reach only the calls of an active programme. */
    programme?: { name: string; status: "DRAFT" | "ACTIVE" | "ARCHIVED" };
  };
  eligibility: readonly { label: string; rule: unknown }[];
  /** The definition applicants would get (stored JSON, checked here), or null when none. */
  form: unknown;
  /** The rubric reviewers would use, or null when none. */
  rubric: ReadinessRubric | null;
  now: Date;
  /** The first publication also needs the call still to be open in the future. */
  isFirstPublication: boolean;
};

/** Problems of the call's details. */
export function detailsProblems(
  input: Pick<ReadinessInput, "call" | "now" | "isFirstPublication">,
): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  const { call } = input;
  if (!call.title.trim()) problems.push({ area: "details", message: "Give the call a title." });
  if (call.programme && call.programme.status !== "ACTIVE") {
    problems.push({
      area: "details",
      message: `${call.programme.name} is ${call.programme.status.toLowerCase()}: make the programme active so applicants can reach the call.`,
    });
  }
  if (call.closesAt <= call.opensAt) {
    problems.push({ area: "details", message: "The call must close after it opens." });
  } else if (input.isFirstPublication && call.closesAt <= input.now) {
    problems.push({
      area: "details",
      message: "The closing time has passed: move it later before publishing.",
    });
  }
  return problems;
}

/** Problems of the rubric: at least one criterion, a sound scale, weights adding up to 100 %. */
export function rubricProblems(rubric: ReadinessRubric | null): ReadinessProblem[] {
  if (!rubric || rubric.criteria.length === 0) {
    return [{ area: "rubric", message: "Add at least one review criterion." }];
  }
  const problems: ReadinessProblem[] = [];
  if (
    !Number.isInteger(rubric.scaleMin) ||
    !Number.isInteger(rubric.scaleMax) ||
    rubric.scaleMin >= rubric.scaleMax
  ) {
    problems.push({ area: "rubric", message: "The top of the scale must be above the bottom." });
  }
  const keys = rubric.criteria.map((criterion) => criterion.key);
  if (new Set(keys).size !== keys.length) {
    problems.push({ area: "rubric", message: "Two criteria have the same key." });
  }
  if (rubric.criteria.some((criterion) => criterion.weightBasisPoints <= 0)) {
    problems.push({ area: "rubric", message: "Every criterion needs a weight above 0 %." });
  }
  const total = totalBasisPoints(rubric.criteria.map((criterion) => criterion.weightBasisPoints));
  if (total !== FULL_WEIGHT) {
    problems.push({
      area: "rubric",
      message: `The weights add up to ${(total / 100).toLocaleString("en-HK")} %; they must add up to 100 %.`,
    });
  }
  return problems;
}

/** Problems of the form: a valid definition with at least one question. */
export function formProblems(form: unknown): {
  problems: ReadinessProblem[];
  definition: FormDefinition | null;
} {
  if (form === null || form === undefined) {
    return {
      problems: [{ area: "form", message: "Build the application form." }],
      definition: null,
    };
  }
  const parsed = formDefinitionSchema.safeParse(form);
  if (!parsed.success) {
    return {
      problems: [
        { area: "form", message: "The form cannot be read; open the form tab and save it again." },
      ],
      definition: null,
    };
  }
  const problems: ReadinessProblem[] = [];
  if (countFormQuestions(parsed.data) === 0) {
    problems.push({ area: "form", message: "Add at least one question to the form." });
  }
  for (const problem of formDefinitionProblems(parsed.data)) {
    const where = problem.questionKey ? `${problem.questionKey}: ` : "";
    problems.push({ area: "form", message: `${where}${problem.message}` });
  }
  return { problems, definition: parsed.data };
}

/**
 * Problems of the eligibility criteria: at least one, and every machine rule checks an
 * unconditional question of the form with an answer it can have (a rule on a hidden question
 * could never be met, and would stop every submission).
 */
export function eligibilityProblems(
  eligibility: ReadinessInput["eligibility"],
  definition: FormDefinition | null,
): ReadinessProblem[] {
  if (eligibility.length === 0) {
    return [{ area: "eligibility", message: "Add at least one eligibility criterion." }];
  }
  const problems: ReadinessProblem[] = [];
  const questions = new Map(definition ? formQuestions(definition).map((q) => [q.key, q]) : []);
  for (const criterion of eligibility) {
    if (criterion.rule === null || criterion.rule === undefined) continue;
    const rule = parseEligibilityRule(criterion.rule);
    const say = (message: string) =>
      problems.push({ area: "eligibility", message: `“${criterion.label}”: ${message}` });
    if (!rule) {
      say("its automatic check cannot be read; set it again or make it self-declared.");
      continue;
    }
    if (!definition) continue; // The form's own problem is reported once, under the form.
    const question = questions.get(rule.questionKey);
    if (!question) {
      say("its automatic check uses a question that is not in the form.");
      continue;
    }
    if (question.showIf) {
      say(`“${question.label}” is shown only for some answers, so the check could never be met.`);
      continue;
    }
    if (rule.type === "yesNo" && question.type !== "yesNo") {
      say(`“${question.label}” is not a yes/no question.`);
    } else if (rule.type === "equals" && question.type === "yesNo") {
      if (typeof rule.expected !== "boolean") say(`“${question.label}” is answered yes or no.`);
    } else if (rule.type === "equals" || rule.type === "anyOf") {
      if (question.type !== "singleChoice" && question.type !== "multipleChoice") {
        say(`“${question.label}” is not a choice question.`);
        continue;
      }
      const options = new Set(question.options.map((option) => option.value));
      const values = rule.type === "equals" ? [rule.expected] : rule.values;
      if (values.length === 0) say("choose at least one accepted answer.");
      const unknown = values.filter((value) => typeof value !== "string" || !options.has(value));
      if (unknown.length > 0) {
        say(
          `“${question.label}” has no option ${unknown.map((value) => `“${String(value)}”`).join(", ")}.`,
        );
      }
    }
  }
  return problems;
}

/** Everything that stops the call (or its new versions) from going live; empty means ready. */
export function callReadinessProblems(input: ReadinessInput): ReadinessProblem[] {
  const form = formProblems(input.form);
  return [
    ...detailsProblems(input),
    ...eligibilityProblems(input.eligibility, form.definition),
    ...form.problems,
    ...rubricProblems(input.rubric),
  ];
}
