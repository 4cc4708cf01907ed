import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { submitApplication } from "@/lib/actions/applications/submit-application";
import { createApplicationAnswer } from "../../factories/applications";
import { daysFrom } from "../../factories/sequence";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { COMPLETE_ANSWERS, readApplication, setUpApplicant } from "./applicant";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

async function answer(
  draft: { id: string; organisationId: string },
  answers: Record<string, string | number | boolean>,
) {
  for (const [questionKey, value] of Object.entries(answers)) {
    await createApplicationAnswer(testDb(), {
      applicationId: draft.id,
      organisationId: draft.organisationId,
      questionKey,
      value,
    });
  }
}

describe("submitApplication", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("submits a complete, eligible draft and records the transition", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    await answer(draft, COMPLETE_ANSWERS);
    auth.user = await sessionUserFor(founder.user.id);
    const result = await submitApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      version: 0,
    });
    expect(result.serverError).toBeUndefined();
    const stored = await readApplication(draft.id);
    expect(stored.status).toBe("SUBMITTED");
    expect(stored.submittedAt).not.toBeNull();
    expect(stored.statusChanges).toMatchObject([
      { fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: founder.user.id },
    ]);
    const [event] = await auditEventsOf("application.submitted", founder.user.id);
    expect(event).toMatchObject({ organisationId: startup.id, targetId: draft.id });
  });

  it("names the missing required question with INVALID and stays a draft", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    const withoutBr: Record<string, string | number | boolean> = { ...COMPLETE_ANSWERS };
    delete withoutBr.br_number;
    await answer(draft, withoutBr);
    auth.user = await sessionUserFor(founder.user.id);
    const result = await submitApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      version: 0,
    });
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect(result.serverError?.message).toContain("Business Registration number is required.");
    expect((await readApplication(draft.id)).status).toBe("DRAFT");
  });

  it("refuses an ineligible application with the criterion and the reason", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    await answer(draft, { ...COMPLETE_ANSWERS, hk_company: false });
    auth.user = await sessionUserFor(founder.user.id);
    const result = await submitApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      version: 0,
    });
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect(result.serverError?.message).toContain("Company incorporated in Hong Kong");
    expect(result.serverError?.message).toContain("this call needs Yes");
    const stored = await readApplication(draft.id);
    expect(stored.status).toBe("DRAFT");
    // The hidden BR number is only dropped by a submission that succeeds.
    expect(stored.answers.map((a) => a.questionKey)).toContain("br_number");
  });

  it("refuses a submission after the call closed", async () => {
    const { startup, founder, draft, call } = await setUpApplicant();
    await answer(draft, COMPLETE_ANSWERS);
    await testDb().call.update({
      where: { id: call.id },
      data: { closesAt: daysFrom(new Date(), -1) },
    });
    auth.user = await sessionUserFor(founder.user.id);
    const result = await submitApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      version: 0,
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect(result.serverError?.message).toMatch(/closed on .* \(Hong Kong time\)/);
    const stored = await readApplication(draft.id);
    expect(stored.status).toBe("DRAFT");
    expect(stored.statusChanges).toHaveLength(0);
  });

  it("refuses a submission from a stale version with CONFLICT", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    await answer(draft, COMPLETE_ANSWERS);
    await testDb().application.update({ where: { id: draft.id }, data: { version: 3 } });
    auth.user = await sessionUserFor(founder.user.id);
    const result = await submitApplication({
      organisation: startup.slug,
      applicationId: draft.id,
      version: 2,
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await readApplication(draft.id)).status).toBe("DRAFT");
  });

  it("answers another start-up's founder with NOT_FOUND and changes nothing", async () => {
    const { otherStartup, otherFounder, draft } = await setUpApplicant();
    await answer(draft, COMPLETE_ANSWERS);
    auth.user = await sessionUserFor(otherFounder.user.id);
    const result = await submitApplication({
      organisation: otherStartup.slug,
      applicationId: draft.id,
      version: 0,
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    const stored = await readApplication(draft.id);
    expect(stored).toMatchObject({ status: "DRAFT", version: 0 });
  });
});
