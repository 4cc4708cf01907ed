import { describe, expect, it } from "vitest";
import { parseFormDefinition } from "@/lib/schemas/forms";
import {
  moveItem,
  moveQuestion,
  newQuestion,
  removeQuestion,
  replaceQuestion,
  withType,
} from "./builder-state";

const definition = parseFormDefinition({
  sections: [
    {
      key: "company",
      title: "Company",
      questions: [
        { key: "hk_company", type: "yesNo", label: "Incorporated in Hong Kong?" },
        {
          key: "br_number",
          type: "shortText",
          label: "BR number",
          showIf: { questionKey: "hk_company", equals: true },
        },
      ],
    },
    { key: "science", title: "Science", questions: [{ key: "stage", type: "date", label: "S" }] },
  ],
});

const keys = (d: typeof definition) => d.sections.map((s) => s.questions.map((q) => q.key));

describe("form builder edits", () => {
  it("moves items up and down, and not past either end", () => {
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });

  it("moves a question across a section boundary with the keyboard buttons", () => {
    const down = moveQuestion(definition, 0, 1, 1);
    expect(keys(down.definition)).toEqual([["hk_company"], ["br_number", "stage"]]);
    expect([down.sectionIndex, down.questionIndex]).toEqual([1, 0]);
    const up = moveQuestion(down.definition, 1, 0, -1);
    expect(keys(up.definition)).toEqual(keys(definition));
    expect([up.sectionIndex, up.questionIndex]).toEqual([0, 1]);
  });

  it("drops conditions on a removed question and follows a renamed key", () => {
    const removed = removeQuestion(definition, 0, 0);
    expect(removed.sections[0]!.questions[0]).toMatchObject({
      key: "br_number",
      showIf: undefined,
    });
    const hk = definition.sections[0]!.questions[0]!;
    const renamed = replaceQuestion(definition, 0, 0, { ...hk, key: "is_hk_company" });
    expect(renamed.sections[0]!.questions[1]!.showIf).toEqual({
      questionKey: "is_hk_company",
      equals: true,
    });
  });

  it("changes a question's type keeping what it shares, and keys new questions uniquely", () => {
    const choice = withType(definition.sections[0]!.questions[1]!, "singleChoice");
    expect(choice).toMatchObject({ key: "br_number", type: "singleChoice", label: "BR number" });
    expect(withType(choice, "multipleChoice")).toMatchObject({
      options: "options" in choice ? choice.options : [],
    });
    const first = newQuestion("file", definition);
    expect(first).toMatchObject({ key: "new_file_upload_question", type: "file" });
  });
});
