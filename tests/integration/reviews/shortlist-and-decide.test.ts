import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { decideApplication } from "@/lib/actions/decisions/decide-application";
import { shortlistApplication } from "@/lib/actions/decisions/shortlist-application";
import { createStartup } from "../../factories/organisations";
import { createReview } from "../../factories/reviews";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { applicationOf, buildReviewWorld } from "./review-world";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const rationale = "Strongest science of the intake; credible path to an IND filing.";

describe("shortlistApplication", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("shortlists an application in review once a review is submitted", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.officer.user.id);
    const input = { organisation: world.hkstp.slug, applicationId: world.application.id };

    const tooEarly = await shortlistApplication(input);
    expect(tooEarly.serverError).toMatchObject({ code: "CONFLICT" });
    expect((tooEarly.serverError as { message: string }).message).toContain("no submitted review");

    await createReview(testDb(), {
      applicationId: world.application.id,
      organisationId: world.hkstp.id,
      status: "SUBMITTED",
    });
    const result = await shortlistApplication(input);
    expect(result.serverError).toBeUndefined();
    expect((await applicationOf(world.application.id)).status).toBe("SHORTLISTED");
    expect(await auditEventsOf("application.shortlisted", world.officer.user.id)).toHaveLength(1);
  });

  it("answers NOT_FOUND to another operator's officer", async () => {
    const world = await buildReviewWorld();
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    const result = await shortlistApplication({
      organisation: world.cuhk.slug,
      applicationId: world.application.id,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await applicationOf(world.application.id)).status).toBe("IN_REVIEW");
  });
});

describe("decideApplication", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("accepts a shortlisted application, records the decision and notifies the applicant", async () => {
    const world = await buildReviewWorld("SHORTLISTED");
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await decideApplication({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      outcome: "ACCEPTED",
      rationale,
      feedbackToApplicant: "Welcome to Incu-Bio. Your programme officer will be in touch.",
    });
    expect(result.serverError).toBeUndefined();
    expect((await applicationOf(world.application.id)).status).toBe("ACCEPTED");
    expect(
      await testDb().decision.findUniqueOrThrow({
        where: { applicationId: world.application.id },
        select: { outcome: true, rationale: true, decidedById: true, notifiedAt: true },
      }),
    ).toMatchObject({ outcome: "ACCEPTED", rationale, decidedById: world.officer.user.id });
    const notifications = await testDb().notification.findMany({
      where: { userId: world.application.createdById },
    });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      kind: "DECISION",
      organisationId: world.hkstp.id,
      body: "Welcome to Incu-Bio. Your programme officer will be in touch.",
    });
    expect(await auditEventsOf("application.decide", world.officer.user.id)).toHaveLength(1);
  });

  it("notifies every active member of the applicant start-up, once each", async () => {
    const world = await buildReviewWorld("SHORTLISTED");
    const member = (extra: Pick<Parameters<typeof createMember>[1], "user" | "membership">) =>
      createMember(testDb(), {
        organisationId: world.application.startupId,
        role: "STARTUP_MEMBER",
        ...extra,
      });
    // Never touched the application: reached only through the start-up's memberships.
    const cofounder = await member({});
    const former = await member({ membership: { status: "DEACTIVATED" } });
    const closedAccount = await member({ user: { deactivatedAt: new Date() } });
    const otherStartupMember = await createMember(testDb(), {
      organisationId: (await createStartup(testDb())).id,
      role: "STARTUP_MEMBER",
    });
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await decideApplication({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      outcome: "REJECTED",
      rationale,
    });
    expect(result.data?.notified).toBe(2);
    const recipients = await testDb().notification.findMany({
      where: { kind: "DECISION", organisationId: world.hkstp.id },
      select: { userId: true },
    });
    expect(recipients.map((row) => row.userId).sort()).toEqual(
      [world.application.createdById, cofounder.user.id].sort(),
    );
    for (const left of [former, closedAccount, otherStartupMember]) {
      expect(recipients.map((row) => row.userId)).not.toContain(left.user.id);
    }
  });

  it("rejects from review, but will not accept before the shortlist", async () => {
    const world = await buildReviewWorld("IN_REVIEW");
    auth.user = await sessionUserFor(world.officer.user.id);
    const input = {
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      rationale,
    };
    const accepted = await decideApplication({ ...input, outcome: "ACCEPTED" });
    expect(accepted.serverError).toMatchObject({ code: "CONFLICT" });
    expect((accepted.serverError as { message: string }).message).toContain("shortlist it");
    expect(await testDb().decision.count({ where: { applicationId: world.application.id } })).toBe(
      0,
    );

    const rejected = await decideApplication({ ...input, outcome: "REJECTED" });
    expect(rejected.serverError).toBeUndefined();
    expect((await applicationOf(world.application.id)).status).toBe("REJECTED");
  });

  it("answers CONFLICT for an application already decided", async () => {
    const world = await buildReviewWorld("ACCEPTED");
    auth.user = await sessionUserFor(world.officer.user.id);
    const result = await decideApplication({
      organisation: world.hkstp.slug,
      applicationId: world.application.id,
      outcome: "REJECTED",
      rationale,
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect((result.serverError as { message: string }).message).toContain("is accepted");
  });

  it("answers NOT_FOUND to another operator's officer, FORBIDDEN to a mentor, and changes nothing", async () => {
    const world = await buildReviewWorld("SHORTLISTED");
    const input = { applicationId: world.application.id, outcome: "ACCEPTED" as const, rationale };
    auth.user = await sessionUserFor(world.foreignOfficer.user.id);
    expect(
      (await decideApplication({ ...input, organisation: world.cuhk.slug })).serverError,
    ).toMatchObject({ code: "NOT_FOUND" });
    auth.user = await sessionUserFor(world.mentor.user.id);
    expect(
      (await decideApplication({ ...input, organisation: world.hkstp.slug })).serverError,
    ).toMatchObject({ code: "FORBIDDEN" });
    expect((await applicationOf(world.application.id)).status).toBe("SHORTLISTED");
    expect(await testDb().decision.count({ where: { applicationId: world.application.id } })).toBe(
      0,
    );
    expect(
      await testDb().notification.count({ where: { userId: world.application.createdById } }),
    ).toBe(0);
  });
});
