import { describe, expect, it } from "vitest";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";
import {
  isAwaitingReply,
  isClarificationOpen,
  replyClarificationProblem,
  requestClarificationProblem,
} from "./clarifications";

describe("clarifications beside the status machine", () => {
  it("are open from submission until a decision or withdrawal", () => {
    const open = Object.values(ApplicationStatus).filter(isClarificationOpen);
    expect(open.sort()).toEqual(["IN_REVIEW", "SCREENING", "SHORTLISTED", "SUBMITTED"]);
  });

  it("lets the office ask only while open, saying why not otherwise", () => {
    expect(requestClarificationProblem("SCREENING")).toBeNull();
    expect(requestClarificationProblem("DRAFT")).toMatch(/not submitted/);
    expect(requestClarificationProblem("REJECTED")).toMatch(/rejected: clarifications are closed/);
    expect(requestClarificationProblem("WITHDRAWN")).not.toBeNull();
  });

  it("lets the applicant reply once asked, until the application is final", () => {
    expect(replyClarificationProblem("IN_REVIEW", ["CLARIFICATION_REQUEST"])).toBeNull();
    expect(
      replyClarificationProblem("SHORTLISTED", ["CLARIFICATION_REQUEST", "CLARIFICATION_REPLY"]),
    ).toBeNull();
    expect(replyClarificationProblem("IN_REVIEW", [])).toMatch(/not asked/);
    expect(replyClarificationProblem("ACCEPTED", ["CLARIFICATION_REQUEST"])).toMatch(/accepted/);
  });

  it("is awaiting a reply while the last word is the office's", () => {
    expect(isAwaitingReply([])).toBe(false);
    expect(isAwaitingReply(["CLARIFICATION_REQUEST"])).toBe(true);
    expect(isAwaitingReply(["CLARIFICATION_REQUEST", "CLARIFICATION_REPLY"])).toBe(false);
    expect(
      isAwaitingReply(["CLARIFICATION_REQUEST", "CLARIFICATION_REPLY", "CLARIFICATION_REQUEST"]),
    ).toBe(true);
  });
});
