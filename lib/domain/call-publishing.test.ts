import { describe, expect, it } from "vitest";
import { callReadinessProblems, type ReadinessInput } from "./call-publishing";

const now = new Date("2026-09-20T02:00:00Z");

const definition = {
  sections: [
    {
      key: "company",
      title: "Company",
      questions: [
        { key: "hk_company", type: "yesNo", label: "Incorporated in Hong Kong?", required: true },
        {
          key: "stage",
          type: "singleChoice",
          label: "Development stage",
          options: [
            { value: "preclinical", label: "Preclinical" },
            { value: "clinical", label: "Clinical" },
          ],
        },
        {
          key: "br_number",
          type: "shortText",
          label: "BR number",
          showIf: { questionKey: "hk_company", equals: true },
        },
        { key: "pitch_deck", type: "file", label: "Pitch deck", attachmentKind: "PITCH_DECK" },
      ],
    },
  ],
};

const rubric = {
  scaleMin: 1,
  scaleMax: 5,
  criteria: [
    { key: "science", label: "Science", weightBasisPoints: 6000 },
    { key: "team", label: "Team", weightBasisPoints: 4000 },
  ],
};

const ready: ReadinessInput = {
  call: {
    title: "Incu-Bio 2027 Intake",
    opensAt: new Date("2026-10-01T01:00:00Z"),
    closesAt: new Date("2027-01-31T15:59:00Z"),
    programme: { name: "Incu-Bio", status: "ACTIVE" },
  },
  eligibility: [
    {
      label: "Company incorporated in Hong Kong",
      rule: { type: "yesNo", questionKey: "hk_company", expected: true },
    },
    { label: "Life sciences is the core business", rule: null },
  ],
  form: definition,
  rubric,
  now,
  isFirstPublication: true,
};

const messages = (input: ReadinessInput) => callReadinessProblems(input).map((p) => p.message);

describe("callReadinessProblems", () => {
  it("finds nothing wrong with a complete call", () => {
    expect(callReadinessProblems(ready)).toEqual([]);
  });

  it("needs a form with at least one question", () => {
    expect(messages({ ...ready, form: null })).toContain("Build the application form.");
    expect(
      messages({ ...ready, form: { sections: [{ key: "s", title: "S", questions: [] }] } }),
    ).toContain("Add at least one question to the form.");
    expect(messages({ ...ready, form: { sections: "nonsense" } })).toContain(
      "The form cannot be read; open the form tab and save it again.",
    );
  });

  it("needs rubric weights adding up to exactly 100 %", () => {
    const uneven = {
      ...rubric,
      criteria: [
        { key: "science", label: "Science", weightBasisPoints: 6000 },
        { key: "team", label: "Team", weightBasisPoints: 3999 },
      ],
    };
    expect(messages({ ...ready, rubric: uneven })).toEqual([
      "The weights add up to 99.99 %; they must add up to 100 %.",
    ]);
    expect(messages({ ...ready, rubric: null })).toEqual(["Add at least one review criterion."]);
    expect(messages({ ...ready, rubric: { ...rubric, scaleMin: 5, scaleMax: 5 } })).toEqual([
      "The top of the scale must be above the bottom.",
    ]);
  });

  it("needs the call to close after it opens, and in the future when first published", () => {
    const backwards = { ...ready.call, closesAt: ready.call.opensAt };
    expect(messages({ ...ready, call: backwards })).toEqual([
      "The call must close after it opens.",
    ]);
    const past = {
      ...ready.call,
      opensAt: new Date("2026-01-01T00:00:00Z"),
      closesAt: new Date("2026-03-01T00:00:00Z"),
    };
    expect(messages({ ...ready, call: past })).toEqual([
      "The closing time has passed: move it later before publishing.",
    ]);
    // A new rubric for a call that has closed is fine.
    expect(messages({ ...ready, call: past, isFirstPublication: false })).toEqual([]);
  });

  it("needs the programme to be active", () => {
    const call = { ...ready.call, programme: { name: "Incu-Bio", status: "ARCHIVED" as const } };
    expect(messages({ ...ready, call })).toEqual([
      "Incu-Bio is archived: make the programme active so applicants can reach the call.",
    ]);
  });

  it("needs eligibility criteria whose automatic checks fit the form", () => {
    expect(messages({ ...ready, eligibility: [] })).toEqual([
      "Add at least one eligibility criterion.",
    ]);
    const eligibility = [
      { label: "Gone", rule: { type: "yesNo", questionKey: "deleted_question", expected: true } },
      { label: "Hidden", rule: { type: "anyOf", questionKey: "br_number", values: ["x"] } },
      { label: "Wrong type", rule: { type: "yesNo", questionKey: "stage", expected: true } },
      {
        label: "Unknown option",
        rule: { type: "anyOf", questionKey: "stage", values: ["phase_iv"] },
      },
      { label: "Unreadable", rule: { type: "hologram" } },
      { label: "Fine", rule: { type: "anyOf", questionKey: "stage", values: ["clinical"] } },
    ];
    expect(messages({ ...ready, eligibility })).toEqual([
      "“Gone”: its automatic check uses a question that is not in the form.",
      "“Hidden”: “BR number” is shown only for some answers, so the check could never be met.",
      "“Wrong type”: “Development stage” is not a yes/no question.",
      "“Unknown option”: “Development stage” has no option “phase_iv”.",
      "“Unreadable”: its automatic check cannot be read; set it again or make it self-declared.",
    ]);
  });

  it("reports form problems such as a condition on a later question", () => {
    const [section] = definition.sections;
    const reordered = {
      sections: [
        { ...section!, questions: [section!.questions[2]!, ...section!.questions.slice(0, 2)] },
      ],
    };
    expect(messages({ ...ready, form: reordered })).toEqual([
      "br_number: It depends on “Incorporated in Hong Kong?”, which must come before it.",
    ]);
  });
});
