import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import {
  canTransition,
  isFinalStatus,
  nextStatuses,
  transitionProblem,
} from "./application-status";

describe("application status machine", () => {
  it("follows the happy path from draft to acceptance, each step by the right side", () => {
    expect(canTransition("DRAFT", "SUBMITTED", "STARTUP")).toBe(true);
    expect(canTransition("SUBMITTED", "SCREENING", "OPERATOR")).toBe(true);
    expect(canTransition("SCREENING", "IN_REVIEW", "OPERATOR")).toBe(true);
    expect(canTransition("IN_REVIEW", "SHORTLISTED", "OPERATOR")).toBe(true);
    expect(canTransition("SHORTLISTED", "ACCEPTED", "OPERATOR")).toBe(true);
  });

  it("never lets the applicant decide or the office submit or withdraw", () => {
    expect(canTransition("SHORTLISTED", "ACCEPTED", "STARTUP")).toBe(false);
    expect(canTransition("DRAFT", "SUBMITTED", "OPERATOR")).toBe(false);
    expect(canTransition("IN_REVIEW", "WITHDRAWN", "OPERATOR")).toBe(false);
  });

  it("lets the applicant withdraw until a decision, and not after", () => {
    for (const status of ["DRAFT", "SUBMITTED", "SCREENING", "IN_REVIEW", "SHORTLISTED"] as const) {
      expect(canTransition(status, "WITHDRAWN", "STARTUP")).toBe(true);
    }
    expect(canTransition("ACCEPTED", "WITHDRAWN", "STARTUP")).toBe(false);
  });

  it("does not skip review: a submitted application cannot be accepted directly", () => {
    expect(canTransition("SUBMITTED", "ACCEPTED", "OPERATOR")).toBe(false);
    expect(canTransition("IN_REVIEW", "ACCEPTED", "OPERATOR")).toBe(false);
  });

  it("treats decided and withdrawn applications as final", () => {
    const finals = Object.values(ApplicationStatus).filter(isFinalStatus);
    expect(finals.sort()).toEqual(["ACCEPTED", "REJECTED", "WITHDRAWN"]);
    expect(nextStatuses("REJECTED", "OPERATOR")).toEqual([]);
  });

  it("explains a refused transition in words", () => {
    expect(transitionProblem("ACCEPTED", "REJECTED", "OPERATOR")).toMatch(/can no longer change/);
    expect(transitionProblem("SUBMITTED", "ACCEPTED", "OPERATOR")).toMatch(
      /cannot be moved to accepted/,
    );
    expect(transitionProblem("DRAFT", "SUBMITTED", "STARTUP")).toBeNull();
  });
});
