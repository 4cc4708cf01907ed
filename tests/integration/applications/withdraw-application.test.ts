import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { withdrawApplication } from "@/lib/actions/applications/withdraw-application";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { readApplication, setUpApplicant } from "./applicant";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const REASON = "We joined the AstraZeneca co-incubation programme instead.";

describe("withdrawApplication", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("withdraws a submitted application and writes the reason on the timeline", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    await testDb().application.update({
      where: { id: draft.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    auth.user = await sessionUserFor(founder.user.id);
    const result = await withdrawApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      reason: REASON,
    });
    expect(result.serverError).toBeUndefined();
    const stored = await readApplication(draft.id);
    expect(stored.status).toBe("WITHDRAWN");
    expect(stored.statusChanges).toMatchObject([
      { fromStatus: "SUBMITTED", toStatus: "WITHDRAWN", reason: REASON, actorId: founder.user.id },
    ]);
    const [event] = await auditEventsOf("application.withdrawn", founder.user.id);
    expect(event?.after).toMatchObject({ status: "WITHDRAWN", reason: REASON });
  });

  it("refuses to withdraw a decided application with CONFLICT", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    await testDb().application.update({ where: { id: draft.id }, data: { status: "ACCEPTED" } });
    auth.user = await sessionUserFor(founder.user.id);
    const result = await withdrawApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      reason: REASON,
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await readApplication(draft.id)).status).toBe("ACCEPTED");
  });

  it("needs a reason", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    auth.user = await sessionUserFor(founder.user.id);
    const result = await withdrawApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      reason: " ",
    });
    expect(result.validationErrors).toBeDefined();
    expect((await readApplication(draft.id)).status).toBe("DRAFT");
  });

  it("answers another start-up's founder with NOT_FOUND and changes nothing", async () => {
    const { otherStartup, otherFounder, draft } = await setUpApplicant();
    auth.user = await sessionUserFor(otherFounder.user.id);
    const result = await withdrawApplication({
      organisation: otherStartup.slug,
      applicationId: draft.id,
      reason: REASON,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    const stored = await readApplication(draft.id);
    expect(stored.status).toBe("DRAFT");
    expect(stored.statusChanges).toHaveLength(0);
  });
});
