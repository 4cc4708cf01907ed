import { describe, expect, it } from "vitest";
import { gateProblem } from "./disbursement-gate";

const gated = {
  name: "Regulatory-affairs funding",
  gatingMilestoneCategory: "REGULATORY" as const,
};

describe("gateProblem", () => {
  it("lets an ungated bucket through", () => {
    expect(
      gateProblem({
        bucket: { name: "Financial subsidy", gatingMilestoneCategory: null },
        gatingMilestone: null,
      }),
    ).toBeNull();
  });

  it("names the milestone that is not achieved yet", () => {
    expect(
      gateProblem({
        bucket: gated,
        gatingMilestone: { title: "Pre-IND meeting held", status: "SUBMITTED" },
      }),
    ).toBe(
      'This tranche is tied to the milestone "Pre-IND meeting held", which is waiting for the officer\'s assessment of its evidence. It can be approved once the milestone is achieved.',
    );
  });

  it("refuses a gated tranche without a milestone", () => {
    expect(gateProblem({ bucket: gated, gatingMilestone: null })).toMatch(/regulatory milestone/);
  });

  it("opens once the milestone is achieved", () => {
    expect(
      gateProblem({
        bucket: gated,
        gatingMilestone: { title: "Pre-IND meeting held", status: "ACHIEVED" },
      }),
    ).toBeNull();
  });
});
