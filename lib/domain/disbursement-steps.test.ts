import { describe, expect, it } from "vitest";
import { availableSteps } from "./disbursement-steps";

const requested = {
  status: "REQUESTED" as const,
  requestedById: "founder",
  approvedById: null,
  gateProblem: null,
  needsProof: false,
};

describe("availableSteps", () => {
  it("offers the officer approve and reject on a request", () => {
    expect(availableSteps({ role: "PROGRAMME_OFFICER", userId: "officer" }, requested)).toEqual({
      approve: { blockedBecause: null },
      reject: { blockedBecause: null },
    });
  });

  it("offers finance nothing until the officer has approved", () => {
    expect(availableSteps({ role: "FINANCE_APPROVER", userId: "finance" }, requested)).toEqual({});
    expect(
      availableSteps(
        { role: "FINANCE_APPROVER", userId: "finance" },
        { ...requested, status: "APPROVED", approvedById: "officer" },
      ),
    ).toEqual({ financeApprove: { blockedBecause: null }, reject: { blockedBecause: null } });
    expect(
      availableSteps(
        { role: "FINANCE_APPROVER", userId: "finance" },
        { ...requested, status: "FINANCE_APPROVED", approvedById: "officer" },
      ),
    ).toEqual({ markPaid: { blockedBecause: null }, reject: { blockedBecause: null } });
  });

  it("shows why a step is blocked: maker-checker, the gate, missing proof", () => {
    expect(
      availableSteps({ role: "PROGRAMME_OFFICER", userId: "founder" }, requested).approve
        ?.blockedBecause,
    ).toMatch(/You requested this tranche/);
    expect(
      availableSteps(
        { role: "PROGRAMME_OFFICER", userId: "officer" },
        { ...requested, gateProblem: "Milestone not achieved" },
      ).approve?.blockedBecause,
    ).toBe("Milestone not achieved");
    expect(
      availableSteps(
        { role: "PROGRAMME_OFFICER", userId: "officer" },
        { ...requested, needsProof: true },
      ).approve?.blockedBecause,
    ).toMatch(/No invoice or receipt/);
  });

  it("offers admins, mentors and start-ups nothing", () => {
    for (const role of ["OPERATOR_ADMIN", "MENTOR", "STARTUP_MEMBER"] as const) {
      expect(availableSteps({ role, userId: "someone" }, requested)).toEqual({});
    }
  });
});
