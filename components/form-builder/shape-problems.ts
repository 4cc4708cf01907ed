import { formDefinitionProblems, type FormProblem } from "@/lib/domain/form-builder";
import { formDefinitionSchema, type FormDefinition } from "@/lib/schemas/forms";

const FIELD_MESSAGES: Record<string, string> = {
  label: "Write the question.",
  title: "Give the section a title.",
  key: "Keys use lower-case letters, digits and _, and start with a letter.",
  options: "Every option needs a label and a stored value.",
  showIf: "Choose the answers that show it.",
};

/**
 * Every problem of the definition being built: its shape (blank labels, bad keys, empty
 * options) and the builder's rules (conditions, limits), each placed at its section and
 * question. A definition with none can be saved as is and published.
 */
export function builderProblems(definition: FormDefinition): FormProblem[] {
  const parsed = formDefinitionSchema.safeParse(definition);
  if (parsed.success) return formDefinitionProblems(parsed.data);
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const [, sectionIndex, , questionIndex, field] = issue.path;
    if (typeof sectionIndex !== "number") {
      if (issue.path.length === 0) continue; // repeated keys: reported below by the rules
      problems.push({ sectionIndex: 0, message: issue.message });
      continue;
    }
    const isQuestion = typeof questionIndex === "number";
    const name = String(isQuestion ? (field ?? "") : (issue.path[2] ?? ""));
    const message = FIELD_MESSAGES[name] ?? issue.message;
    const problem: FormProblem = isQuestion
      ? {
          sectionIndex,
          questionIndex,
          questionKey: definition.sections[sectionIndex]?.questions[questionIndex]?.key,
          message,
        }
      : { sectionIndex, message };
    const id = `${sectionIndex}.${isQuestion ? questionIndex : ""}.${message}`;
    if (!seen.has(id)) problems.push(problem);
    seen.add(id);
  }
  // The rules need a readable definition; run them on what parses so far.
  return [...problems, ...formDefinitionProblems(definition)].filter(
    (problem, index, all) =>
      all.findIndex(
        (other) =>
          other.sectionIndex === problem.sectionIndex &&
          other.questionIndex === problem.questionIndex &&
          other.message === problem.message,
      ) === index,
  );
}
