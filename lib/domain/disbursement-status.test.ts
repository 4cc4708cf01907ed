import { describe, expect, it } from "vitest";
import { DisbursementStatus } from "@/lib/generated/prisma/enums";
import {
  canMoveDisbursement,
  DISBURSEMENT_TRANSITIONS,
  disbursementTransitionProblem,
  isCommitted,
  nextDisbursementStatuses,
  signatureProblem,
} from "./disbursement-status";

const ALL = Object.values(DisbursementStatus);

describe("disbursement status machine", () => {
  it("walks REQUESTED → APPROVED → FINANCE_APPROVED → PAID with the right side at each step", () => {
    expect(canMoveDisbursement("REQUESTED", "APPROVED", "OFFICER")).toBe(true);
    expect(canMoveDisbursement("APPROVED", "FINANCE_APPROVED", "FINANCE")).toBe(true);
    expect(canMoveDisbursement("FINANCE_APPROVED", "PAID", "FINANCE")).toBe(true);
  });

  it("never lets one side give the other side's signature", () => {
    expect(canMoveDisbursement("REQUESTED", "APPROVED", "FINANCE")).toBe(false);
    expect(canMoveDisbursement("APPROVED", "FINANCE_APPROVED", "OFFICER")).toBe(false);
    expect(canMoveDisbursement("FINANCE_APPROVED", "PAID", "OFFICER")).toBe(false);
  });

  it("skips no step", () => {
    for (const side of ["OFFICER", "FINANCE"] as const) {
      expect(canMoveDisbursement("REQUESTED", "FINANCE_APPROVED", side)).toBe(false);
      expect(canMoveDisbursement("REQUESTED", "PAID", side)).toBe(false);
      expect(canMoveDisbursement("APPROVED", "PAID", side)).toBe(false);
    }
  });

  it("allows a rejection at every step before PAID, by whoever holds the tranche", () => {
    expect(canMoveDisbursement("REQUESTED", "REJECTED", "OFFICER")).toBe(true);
    expect(canMoveDisbursement("REQUESTED", "REJECTED", "FINANCE")).toBe(false);
    expect(canMoveDisbursement("APPROVED", "REJECTED", "OFFICER")).toBe(true);
    expect(canMoveDisbursement("APPROVED", "REJECTED", "FINANCE")).toBe(true);
    expect(canMoveDisbursement("FINANCE_APPROVED", "REJECTED", "FINANCE")).toBe(true);
    expect(canMoveDisbursement("FINANCE_APPROVED", "REJECTED", "OFFICER")).toBe(false);
  });

  it("freezes PAID and REJECTED tranches", () => {
    for (const from of ["PAID", "REJECTED"] as const) {
      expect(DISBURSEMENT_TRANSITIONS[from]).toEqual([]);
      for (const to of ALL) {
        expect(canMoveDisbursement(from, to, "OFFICER")).toBe(false);
        expect(canMoveDisbursement(from, to, "FINANCE")).toBe(false);
      }
      expect(disbursementTransitionProblem(from, "APPROVED", "OFFICER")).toMatch(
        /can no longer change/,
      );
    }
  });

  it("never moves back to REQUESTED or to the same status", () => {
    for (const from of ALL) {
      for (const side of ["OFFICER", "FINANCE"] as const) {
        expect(nextDisbursementStatuses(from, side)).not.toContain("REQUESTED");
        expect(nextDisbursementStatuses(from, side)).not.toContain(from);
      }
    }
  });

  it("explains a refused step and says to reload", () => {
    expect(disbursementTransitionProblem("REQUESTED", "APPROVED", "OFFICER")).toBeNull();
    expect(disbursementTransitionProblem("APPROVED", "APPROVED", "OFFICER")).toBe(
      "This tranche is approved by the programme officer and waiting for finance: the programme office cannot approve it now. Reload to see its current state.",
    );
  });

  it("counts officer-approved, finance-approved and paid money as committed", () => {
    expect(ALL.filter(isCommitted).sort()).toEqual(["APPROVED", "FINANCE_APPROVED", "PAID"]);
  });
});

describe("maker-checker", () => {
  const tranche = { requestedById: "founder", approvedById: "officer" };

  it("refuses the requester's own signature at every step", () => {
    expect(signatureProblem(tranche, "APPROVED", "founder")).toMatch(/You requested this tranche/);
    expect(signatureProblem(tranche, "FINANCE_APPROVED", "founder")).toMatch(/You requested/);
    expect(signatureProblem(tranche, "PAID", "founder")).toMatch(/You requested/);
  });

  it("refuses the first approver's second signature", () => {
    expect(signatureProblem(tranche, "FINANCE_APPROVED", "officer")).toMatch(
      /second signature must come from another person/,
    );
  });

  it("accepts a different person, and never blocks a rejection", () => {
    expect(signatureProblem(tranche, "FINANCE_APPROVED", "finance")).toBeNull();
    expect(signatureProblem({ ...tranche, approvedById: null }, "APPROVED", "officer")).toBeNull();
    expect(signatureProblem(tranche, "REJECTED", "founder")).toBeNull();
  });
});
