import { describe, expect, it } from "vitest";
import { dropHiddenAnswers, isAnswerEmpty, visibleQuestionKeys } from "./form-conditions";

const form = {
  sections: [
    {
      questions: [
        { key: "hk_company" },
        { key: "br_number", showIf: { questionKey: "hk_company", equals: true } },
        { key: "br_certificate_note", showIf: { questionKey: "br_number", equals: "12345678" } },
      ],
    },
    {
      questions: [
        { key: "development_stage" },
        { key: "trial_sites", showIf: { questionKey: "development_stage", equals: "Phase I" } },
      ],
    },
  ],
};

describe("visibleQuestionKeys", () => {
  it("shows unconditional questions and hides conditional ones until their answer matches", () => {
    expect([...visibleQuestionKeys(form, {})]).toEqual(["hk_company", "development_stage"]);
    expect(visibleQuestionKeys(form, { hk_company: true }).has("br_number")).toBe(true);
    expect(visibleQuestionKeys(form, { hk_company: false }).has("br_number")).toBe(false);
    expect(visibleQuestionKeys(form, { development_stage: "Phase I" }).has("trial_sites")).toBe(
      true,
    );
  });

  it("hides a question whose controlling question is itself hidden", () => {
    const answers = { hk_company: false, br_number: "12345678" };
    expect(visibleQuestionKeys(form, answers).has("br_certificate_note")).toBe(false);
    expect(
      visibleQuestionKeys(form, { ...answers, hk_company: true }).has("br_certificate_note"),
    ).toBe(true);
  });

  it("hides questions in a cycle instead of looping", () => {
    const cyclic = {
      sections: [
        {
          questions: [
            { key: "a", showIf: { questionKey: "b", equals: true } },
            { key: "b", showIf: { questionKey: "a", equals: true } },
          ],
        },
      ],
    };
    expect(visibleQuestionKeys(cyclic, { a: true, b: true }).size).toBe(0);
  });
});

describe("dropHiddenAnswers", () => {
  it("drops answers of hidden and unknown questions", () => {
    expect(
      dropHiddenAnswers(form, { hk_company: false, br_number: "12345678", stray: "x" }),
    ).toEqual({ hk_company: false });
  });
});

describe("isAnswerEmpty", () => {
  it("treats null, blank text and empty lists as empty, false and 0 as answers", () => {
    expect([null, undefined, "  ", []].every(isAnswerEmpty)).toBe(true);
    expect([false, 0, "x", ["a"]].some(isAnswerEmpty)).toBe(false);
  });
});
