import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { saveApplicationDraft } from "@/lib/actions/applications/save-application-draft";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";
import { readApplication, setUpApplicant } from "./applicant";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

describe("saveApplicationDraft", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("upserts partial answers, clears emptied ones and bumps the version", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    auth.user = await sessionUserFor(founder.user.id);
    const first = await saveApplicationDraft({
      organisation: startup.slug,
      applicationId: draft.id,
      version: 0,
      projectTitle: "EBV-targeted CAR-T",
      answers: { project_summary: "First words", hk_company: true },
    });
    expect(first.serverError).toBeUndefined();
    expect(first.data?.version).toBe(1);
    const second = await saveApplicationDraft({
      organisation: startup.slug,
      applicationId: draft.id,
      version: 1,
      answers: { project_summary: "Better words", hk_company: null },
    });
    expect(second.data?.version).toBe(2);

    const stored = await readApplication(draft.id);
    expect(stored).toMatchObject({ version: 2, projectTitle: "EBV-targeted CAR-T" });
    expect(stored.answers.map((a) => [a.questionKey, a.value])).toEqual([
      ["project_summary", "Better words"],
    ]);
    expect(await auditEventsOf("application.save_draft", founder.user.id)).toHaveLength(2);
  });

  it("answers a save from a stale version with CONFLICT and keeps the newer answers", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    auth.user = await sessionUserFor(founder.user.id);
    const save = (version: number, summary: string) =>
      saveApplicationDraft({
        organisation: startup.slug,
        applicationId: draft.id,
        version,
        answers: { project_summary: summary },
      });
    await save(0, "From the laptop");
    const stale = await save(0, "From the phone");
    expect(stale.serverError).toMatchObject({ code: "CONFLICT" });
    expect(stale.serverError?.message).toMatch(/another tab or device/);
    const stored = await readApplication(draft.id);
    expect(stored.version).toBe(1);
    expect(stored.answers[0]?.value).toBe("From the laptop");
  });

  it("refuses answers of the wrong shape or to unknown questions with INVALID", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    auth.user = await sessionUserFor(founder.user.id);
    const save = (answers: Record<string, unknown>) =>
      saveApplicationDraft({
        organisation: startup.slug,
        applicationId: draft.id,
        version: 0,
        answers: answers as never,
      });
    expect((await save({ funding_requested: 12.5 })).serverError).toMatchObject({
      code: "INVALID",
    });
    expect((await save({ not_a_question: "x" })).serverError).toMatchObject({ code: "INVALID" });
    expect((await readApplication(draft.id)).version).toBe(0);
  });

  it("refuses a submitted application with CONFLICT", async () => {
    const { startup, founder, draft } = await setUpApplicant();
    await testDb().application.update({
      where: { id: draft.id },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    auth.user = await sessionUserFor(founder.user.id);
    const result = await saveApplicationDraft({
      organisation: startup.slug,
      applicationId: draft.id,
      version: 0,
      answers: { project_summary: "Late edit" },
    });
    expect(result.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await readApplication(draft.id)).answers).toHaveLength(0);
  });

  it("answers another start-up's founder with NOT_FOUND and changes nothing", async () => {
    const { otherStartup, otherFounder, draft } = await setUpApplicant();
    auth.user = await sessionUserFor(otherFounder.user.id);
    const result = await saveApplicationDraft({
      organisation: otherStartup.slug,
      applicationId: draft.id,
      version: 0,
      answers: { project_summary: "Hijack" },
    });
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    const stored = await readApplication(draft.id);
    expect(stored.version).toBe(0);
    expect(stored.answers).toHaveLength(0);
    expect(await auditEventsOf("access.denied", otherFounder.user.id)).toHaveLength(1);
  });
});
