import { describe, expect, it } from "vitest";
import { MilestoneStatus } from "@/lib/generated/prisma/enums";
import {
  acceptanceProblem,
  canMove,
  isClosedMilestoneStatus,
  isEditableMilestoneStatus,
  isRemovableMilestoneStatus,
  MILESTONE_TRANSITIONS,
  moveProblem,
  movesFor,
  signOffProblem,
  transitionFor,
} from "./milestone-status";

describe("milestone status machine", () => {
  it("follows the happy path, each step by the right side", () => {
    expect(transitionFor("PLANNED", "START")?.to).toBe("IN_PROGRESS");
    expect(canMove("PLANNED", "START", "STARTUP")).toBe(true);
    expect(canMove("IN_PROGRESS", "SUBMIT_EVIDENCE", "STARTUP")).toBe(true);
    expect(transitionFor("IN_PROGRESS", "SUBMIT_EVIDENCE")?.to).toBe("SUBMITTED");
    expect(canMove("SUBMITTED", "ACCEPT", "OFFICER")).toBe(true);
    expect(transitionFor("SUBMITTED", "ACCEPT")?.to).toBe("ACHIEVED");
  });

  it("never lets the start-up decide, nor the officer submit evidence", () => {
    expect(canMove("SUBMITTED", "ACCEPT", "STARTUP")).toBe(false);
    expect(canMove("SUBMITTED", "RETURN", "STARTUP")).toBe(false);
    for (const status of ["PLANNED", "IN_PROGRESS", "DELAYED"] as const) {
      expect(canMove(status, "MARK_MISSED", "STARTUP")).toBe(false);
      expect(canMove(status, "MARK_MISSED", "OFFICER")).toBe(true);
      expect(canMove(status, "SUBMIT_EVIDENCE", "OFFICER")).toBe(false);
      expect(canMove(status, "SUBMIT_EVIDENCE", "STARTUP")).toBe(true);
    }
  });

  it("returns evidence to in progress, and never straight from planned to achieved", () => {
    expect(transitionFor("SUBMITTED", "RETURN")?.to).toBe("IN_PROGRESS");
    for (const status of ["PLANNED", "IN_PROGRESS", "DELAYED"] as const) {
      expect(canMove(status, "ACCEPT", "OFFICER")).toBe(false);
    }
  });

  it("lets either side flag a delay and resume, but not while evidence waits", () => {
    expect(canMove("PLANNED", "DELAY", "STARTUP")).toBe(true);
    expect(canMove("IN_PROGRESS", "DELAY", "OFFICER")).toBe(true);
    expect(canMove("SUBMITTED", "DELAY", "STARTUP")).toBe(false);
    expect(canMove("SUBMITTED", "MARK_MISSED", "OFFICER")).toBe(false);
    expect(transitionFor("DELAYED", "RESUME")?.to).toBe("IN_PROGRESS");
    expect(canMove("DELAYED", "RESUME", "STARTUP")).toBe(true);
    expect(canMove("DELAYED", "RESUME", "OFFICER")).toBe(true);
    expect(canMove("IN_PROGRESS", "RESUME", "STARTUP")).toBe(false);
  });

  it("treats achieved and missed as final", () => {
    const closed = Object.values(MilestoneStatus).filter(isClosedMilestoneStatus);
    expect(closed.sort()).toEqual(["ACHIEVED", "MISSED"]);
    expect(movesFor("ACHIEVED", "OFFICER")).toEqual([]);
    expect(moveProblem("MISSED", "RESUME", "OFFICER")).toMatch(/missed and can no longer change/);
  });

  it("lists each side's moves", () => {
    expect(movesFor("PLANNED", "STARTUP")).toEqual(["START", "SUBMIT_EVIDENCE", "DELAY"]);
    expect(movesFor("PLANNED", "OFFICER")).toEqual(["START", "DELAY", "MARK_MISSED"]);
    expect(movesFor("SUBMITTED", "STARTUP")).toEqual([]);
    expect(movesFor("SUBMITTED", "OFFICER")).toEqual(["ACCEPT", "RETURN"]);
  });

  it("names the transitions a status has, every one to a different status", () => {
    for (const [from, transitions] of Object.entries(MILESTONE_TRANSITIONS)) {
      for (const transition of transitions) expect(transition.to).not.toBe(from);
    }
  });

  it("explains a refusal in words", () => {
    expect(moveProblem("SUBMITTED", "ACCEPT", "STARTUP")).toMatch(/programme team/);
    expect(moveProblem("IN_PROGRESS", "SUBMIT_EVIDENCE", "OFFICER")).toMatch(/start-up/);
    expect(moveProblem("IN_PROGRESS", "ACCEPT", "OFFICER")).toBe(
      "A milestone that is in progress cannot be accepted.",
    );
    expect(moveProblem("PLANNED", "START", "STARTUP")).toBeNull();
  });

  it("edits before evidence is in, and removes only what nobody started", () => {
    expect(Object.values(MilestoneStatus).filter(isEditableMilestoneStatus).sort()).toEqual([
      "IN_PROGRESS",
      "PLANNED",
    ]);
    expect(Object.values(MilestoneStatus).filter(isRemovableMilestoneStatus)).toEqual(["PLANNED"]);
  });
});

describe("acceptance and mentor sign-off", () => {
  const submitted = {
    status: "SUBMITTED" as const,
    requiresMentorSignOff: true,
    mentorSignedOffAt: null,
  };

  it("blocks acceptance until a required sign-off is in", () => {
    expect(acceptanceProblem(submitted)).toMatch(/mentor's sign-off/);
    expect(acceptanceProblem({ ...submitted, mentorSignedOffAt: new Date() })).toBeNull();
    expect(acceptanceProblem({ ...submitted, requiresMentorSignOff: false })).toBeNull();
  });

  it("refuses acceptance of what was not submitted, whatever the sign-off", () => {
    expect(
      acceptanceProblem({ ...submitted, status: "IN_PROGRESS", mentorSignedOffAt: new Date() }),
    ).toMatch(/in progress cannot be accepted/);
  });

  it("lets a mentor sign off submitted evidence once, where required", () => {
    expect(signOffProblem(submitted)).toBeNull();
    expect(signOffProblem({ ...submitted, mentorSignedOffAt: new Date() })).toMatch(/already/);
    expect(signOffProblem({ ...submitted, requiresMentorSignOff: false })).toMatch(/does not need/);
    expect(signOffProblem({ ...submitted, status: "IN_PROGRESS" })).toMatch(/once the start-up/);
  });
});
