import { describe, expect, it } from "vitest";
import { visibleQuestionKeys } from "@/lib/domain/form-conditions";
import { parseFormDefinition, type FormDefinition } from "@/lib/schemas/forms";
import {
  conditionProblem,
  countFormQuestions,
  formDefinitionProblems,
  keyFromLabel,
  questionsBefore,
} from "./form-builder";

const stageOptions = [
  { value: "discovery", label: "Discovery" },
  { value: "preclinical", label: "Preclinical" },
  { value: "clinical", label: "Clinical" },
];

function form(questions: unknown[], more: unknown[] = []): FormDefinition {
  return parseFormDefinition({
    sections: [
      { key: "company", title: "Company", questions },
      ...(more.length ? [{ key: "science", title: "Science", questions: more }] : []),
    ],
  });
}

const hkCompany = { key: "hk_company", type: "yesNo", label: "Incorporated in Hong Kong?" };
const stage = { key: "stage", type: "singleChoice", label: "Stage", options: stageOptions };

describe("formDefinitionProblems: conditions", () => {
  it("accepts a condition on an earlier yes/no question, across sections too", () => {
    const definition = form(
      [hkCompany],
      [
        {
          key: "br_number",
          type: "shortText",
          label: "BR number",
          showIf: { questionKey: "hk_company", equals: true },
        },
      ],
    );
    expect(formDefinitionProblems(definition)).toEqual([]);
  });

  it("refuses a condition on a later question", () => {
    const definition = form([
      {
        key: "br_number",
        type: "shortText",
        label: "BR number",
        showIf: { questionKey: "hk_company", equals: true },
      },
      hkCompany,
    ]);
    expect(formDefinitionProblems(definition)).toEqual([
      {
        sectionIndex: 0,
        questionIndex: 0,
        questionKey: "br_number",
        message: "It depends on “Incorporated in Hong Kong?”, which must come before it.",
      },
    ]);
  });

  it("refuses a condition on itself and on a question that does not exist", () => {
    const definition = form([
      { ...hkCompany, showIf: { questionKey: "hk_company", equals: true } },
      {
        key: "other",
        type: "shortText",
        label: "Other",
        showIf: { questionKey: "ghost", equals: "x" },
      },
    ]);
    expect(formDefinitionProblems(definition).map((problem) => problem.message)).toEqual([
      "It depends on “Incorporated in Hong Kong?”, which must come before it.",
      "It depends on a question that is not in the form.",
    ]);
  });

  it("refuses a choice condition naming an option the question does not have", () => {
    const definition = form([
      stage,
      {
        key: "trial_sites",
        type: "longText",
        label: "Trial sites",
        showIf: { questionKey: "stage", anyOf: ["clinical", "phase_iv"] },
      },
    ]);
    expect(formDefinitionProblems(definition).map((problem) => problem.message)).toEqual([
      "“Stage” has no option “phase_iv”.",
    ]);
  });

  it("refuses conditions on free-text questions and text values on yes/no questions", () => {
    const definition = form([
      { key: "company_name", type: "shortText", label: "Company name" },
      hkCompany,
      {
        key: "a",
        type: "yesNo",
        label: "A",
        showIf: { questionKey: "company_name", equals: "Acme" },
      },
      { key: "b", type: "yesNo", label: "B", showIf: { questionKey: "hk_company", equals: "yes" } },
    ]);
    expect(formDefinitionProblems(definition).map((problem) => problem.message)).toEqual([
      "“Company name” is not a yes/no or choice question, so it cannot show or hide others.",
      "“Incorporated in Hong Kong?” is answered yes or no.",
    ]);
  });

  it("needs anyOf, not equals, for a multiple-choice question", () => {
    const areas = {
      key: "areas",
      type: "multipleChoice",
      label: "Focus areas",
      options: stageOptions,
    };
    expect(
      conditionProblem(
        { questionKey: "areas", equals: "clinical" },
        form([areas]).sections[0]!.questions[0],
        true,
      ),
    ).toBe("“Focus areas” allows several answers: choose the answers that show it.");
    expect(
      conditionProblem(
        { questionKey: "areas", anyOf: ["clinical"] },
        form([areas]).sections[0]!.questions[0],
        true,
      ),
    ).toBeNull();
  });
});

describe("formDefinitionProblems: limits and options", () => {
  it("reports contradictory limits, repeated options and unknown file kinds", () => {
    const definition = form([
      { key: "summary", type: "longText", label: "Summary", minLength: 500, maxLength: 100 },
      { key: "staff", type: "number", label: "Staff", min: 10, max: 2 },
      {
        key: "modality",
        type: "multipleChoice",
        label: "Modality",
        options: [
          { value: "small", label: "Small molecule" },
          { value: "small", label: "Small molecule again" },
        ],
        minSelected: 3,
      },
      { key: "deck", type: "file", label: "Deck", attachmentKind: "HOLOGRAM" },
      { key: "team", type: "teamMembers", label: "Team", minItems: 5, maxItems: 2 },
    ]);
    expect(
      formDefinitionProblems(definition).map(
        (problem) => `${problem.questionKey}: ${problem.message}`,
      ),
    ).toEqual([
      "summary: The minimum length is above the maximum.",
      "staff: The minimum is above the maximum.",
      "modality: Two options are the same.",
      "modality: It asks for more choices than there are options.",
      "deck: Choose what kind of document the file is.",
      "team: The minimum number of people is above the maximum.",
    ]);
  });

  it("reports two sections with the same key", () => {
    const definition = parseFormDefinition({
      sections: [
        { key: "s", title: "One", questions: [] },
        { key: "s", title: "Two", questions: [] },
      ],
    });
    expect(formDefinitionProblems(definition)).toEqual([
      { sectionIndex: 1, message: "Two sections are both called s." },
    ]);
  });
});

describe("conditions with several answers (anyOf)", () => {
  it("shows the question for any of the answers, and for a multiple-choice answer containing one", () => {
    const definition = form([
      stage,
      { key: "areas", type: "multipleChoice", label: "Areas", options: stageOptions },
      {
        key: "sites",
        type: "longText",
        label: "Sites",
        showIf: { questionKey: "stage", anyOf: ["preclinical", "clinical"] },
      },
      {
        key: "gmp",
        type: "longText",
        label: "GMP",
        showIf: { questionKey: "areas", anyOf: ["clinical"] },
      },
    ]);
    expect(visibleQuestionKeys(definition, { stage: "clinical" }).has("sites")).toBe(true);
    expect(visibleQuestionKeys(definition, { stage: "discovery" }).has("sites")).toBe(false);
    expect(visibleQuestionKeys(definition, { areas: ["discovery", "clinical"] }).has("gmp")).toBe(
      true,
    );
    expect(visibleQuestionKeys(definition, { areas: ["discovery"] }).has("gmp")).toBe(false);
  });
});

describe("helpers", () => {
  it("lists the questions before a position, in form order", () => {
    const definition = form([hkCompany, stage], [{ key: "x", type: "date", label: "X" }]);
    expect(questionsBefore(definition, 1, 0).map((q) => q.key)).toEqual(["hk_company", "stage"]);
    expect(questionsBefore(definition, 0, 1).map((q) => q.key)).toEqual(["hk_company"]);
    expect(countFormQuestions(definition)).toBe(3);
  });

  it("makes snake_case keys from labels, unique and valid", () => {
    expect(keyFromLabel("Company name", new Set())).toBe("company_name");
    expect(keyFromLabel("Company name", new Set(["company_name"]))).toBe("company_name_2");
    expect(keyFromLabel("2027 revenue (HK$)", new Set())).toBe("q_2027_revenue_hk");
    expect(keyFromLabel("公司名稱", new Set())).toBe("question");
  });
});
