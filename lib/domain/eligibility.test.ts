import { describe, expect, it } from "vitest";
import { blockingEligibilityResults, evaluateEligibility } from "./eligibility";

const criteria = [
  {
    id: "hk",
    label: "Company incorporated in Hong Kong",
    rule: { type: "yesNo", questionKey: "hk_company", expected: true },
  },
  {
    id: "focus",
    label: "Within AstraZeneca's focus areas",
    rule: { type: "anyOf", questionKey: "focus_areas", values: ["ONCOLOGY", "IMMUNOLOGY"] },
  },
  {
    id: "cuhk",
    label: "Technology from CUHK",
    rule: { type: "equals", questionKey: "university_origin", expected: "CUHK" },
  },
  { id: "core", label: "Biotechnology is the core business", rule: null },
];
const labels: Record<string, string> = { hk_company: "Is the company incorporated in Hong Kong?" };
const labelOf = (key: string) => labels[key] ?? key;

describe("evaluateEligibility", () => {
  it("passes criteria whose answers match, with the answer as the reason", () => {
    const results = evaluateEligibility(
      criteria,
      { hk_company: true, focus_areas: ["DIAGNOSTICS", "ONCOLOGY"], university_origin: "CUHK" },
      labelOf,
    );
    expect(results.map((r) => r.outcome)).toEqual(["PASSED", "PASSED", "PASSED", "SELF_DECLARED"]);
    expect(results[0]?.reason).toBe("“Is the company incorporated in Hong Kong?”: Yes.");
    expect(results[3]?.passed).toBeNull();
    expect(blockingEligibilityResults(results)).toEqual([]);
  });

  it("fails criteria whose answers do not match and says what the call needs", () => {
    const results = evaluateEligibility(
      criteria,
      { hk_company: false, focus_areas: ["DIAGNOSTICS"], university_origin: "HKU" },
      labelOf,
    );
    expect(results.slice(0, 3).map((r) => r.passed)).toEqual([false, false, false]);
    expect(results[0]?.reason).toBe(
      "“Is the company incorporated in Hong Kong?” is No; this call needs Yes.",
    );
    expect(results[1]?.reason).toContain("one of ONCOLOGY, IMMUNOLOGY");
    expect(blockingEligibilityResults(results).map((r) => r.criterion.id)).toEqual([
      "hk",
      "focus",
      "cuhk",
    ]);
  });

  it("reports unanswered rules as blocking, and unknown rules as self-declared", () => {
    const results = evaluateEligibility(
      [...criteria, { id: "odd", label: "Odd", rule: { type: "regex", questionKey: "x" } }],
      {},
    );
    expect(results.map((r) => r.outcome)).toEqual([
      "UNANSWERED",
      "UNANSWERED",
      "UNANSWERED",
      "SELF_DECLARED",
      "SELF_DECLARED",
    ]);
    expect(results[0]?.reason).toBe("Answer “hk_company”.");
    expect(blockingEligibilityResults(results)).toHaveLength(3);
  });
});
