import { describe, expect, it } from "vitest";
import { buildAnswersSchema, parseFormDefinition } from "./forms";

const definition = parseFormDefinition({
  sections: [
    {
      key: "company",
      title: "Company",
      questions: [
        {
          key: "company_name",
          type: "shortText",
          label: "Company name",
          required: true,
          maxLength: 10,
        },
        { key: "hk_company", type: "yesNo", label: "Incorporated in Hong Kong?", required: true },
        {
          key: "br_number",
          type: "shortText",
          label: "Business Registration number",
          required: true,
          showIf: { questionKey: "hk_company", equals: true },
        },
        { key: "headcount", type: "number", label: "Full-time staff", min: 1, integer: true },
        {
          key: "funding_requested",
          type: "currency",
          label: "Funding requested",
          required: true,
          maxCents: 600_000_000,
        },
        {
          key: "focus_areas",
          type: "multipleChoice",
          label: "Focus areas",
          required: true,
          minSelected: 1,
          options: [
            { value: "ONCOLOGY", label: "Oncology" },
            { value: "IMMUNOLOGY", label: "Immunology" },
          ],
        },
        { key: "pitch_deck", type: "file", label: "Pitch deck", required: true },
        { key: "team", type: "teamMembers", label: "Team", required: true, minItems: 1 },
      ],
    },
  ],
});

const complete = {
  company_name: "Pok Fu Lam",
  hk_company: true,
  br_number: "71234567",
  funding_requested: 450_000_000,
  focus_areas: ["ONCOLOGY"],
  team: [{ name: "Dr Chan Ka Yan", role: "CEO", email: "", isFullTime: true }],
  pitch_deck: ["cm0deck00000000000000001"],
};

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("parseFormDefinition", () => {
  it("refuses an unknown question type and repeated keys", () => {
    const question = { key: "a", type: "hologram", label: "A" };
    expect(() =>
      parseFormDefinition({ sections: [{ key: "s", title: "S", questions: [question] }] }),
    ).toThrow();
    const twice = { key: "a", type: "yesNo", label: "A" };
    expect(() =>
      parseFormDefinition({ sections: [{ key: "s", title: "S", questions: [twice, twice] }] }),
    ).toThrow(/repeated/);
  });
});

describe("buildAnswersSchema: draft", () => {
  const draft = buildAnswersSchema(definition, "draft");

  it("accepts partial answers and null to clear one", () => {
    expect(draft.safeParse({ company_name: "Pok", headcount: null }).success).toBe(true);
  });

  it("checks types and limits of the answers given, naming the question", () => {
    expect(messagesOf(draft.safeParse({ company_name: "A much too long name" }))).toEqual([
      "Company name: at most 10 characters.",
    ]);
    expect(messagesOf(draft.safeParse({ funding_requested: 600_000_001 }))).toEqual([
      "Funding requested: at most HK$6,000,000.",
    ]);
    expect(draft.safeParse({ funding_requested: 10.5 }).success).toBe(false);
    expect(draft.safeParse({ headcount: 2.5 }).success).toBe(false);
    expect(draft.safeParse({ focus_areas: ["ASTROLOGY"] }).success).toBe(false);
    expect(draft.safeParse({ hk_company: "yes" }).success).toBe(false);
  });

  it("refuses answers to questions the form does not have", () => {
    expect(draft.safeParse({ stray: "x" }).success).toBe(false);
  });
});

describe("buildAnswersSchema: submit", () => {
  const submit = buildAnswersSchema(definition, "submit");

  it("accepts a complete set, the required file answered with its attachment ids", () => {
    const result = submit.safeParse(complete);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(complete);
  });

  it("blocks a required file question with no file, saying to upload it", () => {
    const withoutDeck: Record<string, unknown> = { ...complete, pitch_deck: [] };
    expect(messagesOf(submit.safeParse(withoutDeck))).toEqual([
      "Pitch deck is required: upload the file.",
    ]);
    delete withoutDeck.pitch_deck;
    expect(messagesOf(submit.safeParse(withoutDeck))).toEqual([
      "Pitch deck is required: upload the file.",
    ]);
  });

  it("names every missing required visible question", () => {
    const result = submit.safeParse({ hk_company: true, focus_areas: [] });
    expect(messagesOf(result)).toEqual([
      "Company name is required.",
      "Business Registration number is required.",
      "Funding requested is required.",
      "Focus areas is required.",
      "Pitch deck is required: upload the file.",
      "Team is required.",
    ]);
    expect(result.error?.issues[0]?.path).toEqual(["company_name"]);
  });

  it("does not require a hidden question and drops its answer", () => {
    const result = submit.safeParse({ ...complete, hk_company: false, br_number: "71234567" });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty("br_number");
  });

  it("wants every team member named with a role", () => {
    const team = [{ name: "", role: "CSO", email: "", isFullTime: false }];
    expect(messagesOf(submit.safeParse({ ...complete, team }))).toEqual([
      "Team: give every person a name and a role.",
    ]);
  });
});
