import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { screenApplication } from "@/lib/actions/reviews/screen-application";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { applicationOf, buildReviewWorld } from "./review-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("screenApplication", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("moves an eligible submitted application through screening into review", async () => {
    const world = await buildReviewWorld("SUBMITTED");
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await screenApplication({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      outcome: "ELIGIBLE",
    });
    expect(result.serverError).toBeUndefined();
    expect(await applicationOf(world.application.id)).toEqual({
      status: "IN_REVIEW",
      screeningOutcome: "ELIGIBLE",
      screeningReason: null,
    });
    const changes = await testDb().applicationStatusChange.findMany({
      where: { applicationId: world.application.id },
      orderBy: { createdAt: "asc" },
      select: { fromStatus: true, toStatus: true, actorId: true },
    });
    expect(changes).toEqual([
      { fromStatus: "SUBMITTED", toStatus: "SCREENING", actorId: world.officer.user.id },
      { fromStatus: "SCREENING", toStatus: "IN_REVIEW", actorId: world.officer.user.id },
    ]);
    expect(await auditEventsOf("application.screen", world.officer.user.id)).toHaveLength(1);
  });

  it("rejects an ineligible application with its reason, and requires one", async () => {
    const world = await buildReviewWorld("SCREENING");
    auth.user = await sessionUserFor(world.officer.user.id);
    const withoutReason = await screenApplication({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      outcome: "INELIGIBLE",
    });
    expect(withoutReason.validationErrors).toBeDefined();
    expect((await applicationOf(world.application.id)).status).toBe("SCREENING");

    const reason = "The company is not incorporated in Hong Kong.";
    const result = await screenApplication({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      outcome: "INELIGIBLE",
      reason,
    });
    expect(result.serverError).toBeUndefined();
    expect(await applicationOf(world.application.id)).toEqual({
      status: "REJECTED",
      screeningOutcome: "INELIGIBLE",
      screeningReason: reason,
    });
  });

  it("answers CONFLICT, with the status, for an application already in review", async () => {
    const world = await buildReviewWorld("IN_REVIEW");
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await screenApplication({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      outcome: "ELIGIBLE",
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect((result.serverError as { message: string }).message).toContain("in review");
  });

  it("answers NOT_FOUND to another operator's officer and changes nothing", async () => {
    const world = await buildReviewWorld("SUBMITTED");
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const result = await screenApplication({
      organisation: world.cuhk.slug,
      applicationId: world.application.id,
      outcome: "ELIGIBLE",
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await applicationOf(world.application.id)).status).toBe("SUBMITTED");
  });

  it("refuses a mentor with FORBIDDEN", async () => {
    const world = await buildReviewWorld("SUBMITTED");
    auth.user = await sessionUserFor(world.mentor.user.id);
    const result = await screenApplication({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      outcome: "ELIGIBLE",
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect((await applicationOf(world.application.id)).status).toBe("SUBMITTED");
  });
});
