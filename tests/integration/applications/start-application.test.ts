import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { startApplication } from "@/lib/actions/applications/start-application";
import { createApplicationForm, createCall } from "../../factories/calls";
import { daysFrom } from "../../factories/sequence";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { setUpApplicant } from "./applicant";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("startApplication", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("creates a draft for the start-up, with its timeline and an audit event", async () => {
    const { hkstp, otherStartup, otherFounder, call, form } = await setUpApplicant();
    auth.user = await sessionUserFor(otherFounder.user.id);
    const result = await startApplication({
      organisation: otherStartup.slug,
      callId: call.id,
      projectTitle: "Point-of-care TB assay",
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.isExisting).toBe(false);
    const application = await testDb().application.findUniqueOrThrow({
      where: { id: result.data!.applicationId },
      include: { statusChanges: true },
    });
    expect(application).toMatchObject({
      organisationId: hkstp.id,
      startupId: otherStartup.id,
      formId: form.id,
      status: "DRAFT",
      projectTitle: "Point-of-care TB assay",
      createdById: otherFounder.user.id,
    });
    expect(application.reference).toMatch(/^APP-\d{4}-[A-Z2-9]{6}$/);
    expect(application.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "DRAFT" }]);
    const [event] = await auditEventsOf("application.start", otherFounder.user.id);
    expect(event).toMatchObject({ organisationId: otherStartup.id, targetId: application.id });
  });

  it("returns the existing application instead of a second one", async () => {
    const { startup, founder, call, draft } = await setUpApplicant();
    auth.user = await sessionUserFor(founder.user.id);
    const result = await startApplication({
      organisation: startup.slug,
      callId: call.id,
      projectTitle: "Another title",
    });
    expect(result.data).toEqual({ applicationId: draft.id, isExisting: true });
    expect(await testDb().application.count({ where: { callId: call.id } })).toBe(1);
  });

  it("refuses a call that has closed, and a draft call, creating nothing", async () => {
    const { hkstp, otherStartup, otherFounder } = await setUpApplicant();
    const closed = await createCall(testDb(), {
      organisationId: hkstp.id,
      closesAt: daysFrom(new Date(), -1),
    });
    await createApplicationForm(testDb(), { callId: closed.id, organisationId: hkstp.id });
    const unpublished = await createCall(testDb(), { organisationId: hkstp.id, status: "DRAFT" });
    auth.user = await sessionUserFor(otherFounder.user.id);
    const start = (callId: string) =>
      startApplication({ organisation: otherStartup.slug, callId, projectTitle: "Late project" });

    const late = await start(closed.id);
    expect(late.serverError).toMatchObject({ code: "CONFLICT" });
    expect(late.serverError?.message).toMatch(/closed on .* \(Hong Kong time\)/);
    expect((await start(unpublished.id)).serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb().application.count({ where: { startupId: otherStartup.id } })).toBe(0);
  });

  it("refuses an operator's officer with FORBIDDEN", async () => {
    const { hkstp, call } = await setUpApplicant();
    const officer = await createMember(testDb(), {
      organisationId: hkstp.id,
      role: "PROGRAMME_OFFICER",
    });
    auth.user = await sessionUserFor(officer.user.id);
    const result = await startApplication({
      organisation: hkstp.slug,
      callId: call.id,
      projectTitle: "Not an applicant",
    });
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb().application.count({ where: { callId: call.id } })).toBe(1);
  });
});
