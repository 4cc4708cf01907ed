import { beforeEach, describe, expect, it, vi } from "vitest";
import { replyToClarification } from "@/lib/actions/clarifications/reply-to-clarification";
import { requestClarification } from "@/lib/actions/clarifications/request-clarification";
import type { SessionUser } from "@/lib/auth/session";
import { listClarifications } from "@/lib/data/clarifications/list-clarifications";
import { getOfficerApplication } from "@/lib/data/reviews/get-officer-application";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createApplication, createApplicationMessage } from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createOperator, createStartup } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf, sessionUserFor } from "../members/session-user";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const QUESTION = "Please confirm the Business Registration number of the applicant company.";
const REPLY = "Our BR number is 71234567; the certificate is in the data room.";

/** Operator A with an officer and a mentor, a start-up with two active founders and a former one, operator B. */
async function world(status: ApplicationStatus = "SUBMITTED") {
  const db = testDb();
  const operator = await createOperator(db, { name: "Hong Kong Science and Technology Parks" });
  const officer = await createMember(db, {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  const mentor = await createMember(db, { organisationId: operator.id, role: "MENTOR" });
  const startup = await createStartup(db, { name: "Pok Fu Lam Cell Therapeutics" });
  const founder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const cofounder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const former = await createMember(db, {
    organisationId: startup.id,
    role: "STARTUP_MEMBER",
    membership: { status: "DEACTIVATED" },
  });
  const call = await createCall(db, { organisationId: operator.id });
  const application = await createApplication(db, {
    organisationId: operator.id,
    callId: call.id,
    startupId: startup.id,
    createdById: founder.user.id,
    status,
  });
  const otherOperator = await createOperator(db);
  const otherOfficer = await createMember(db, {
    organisationId: otherOperator.id,
    role: "PROGRAMME_OFFICER",
  });
  const otherStartup = await createStartup(db);
  const otherFounder = await createMember(db, {
    organisationId: otherStartup.id,
    role: "STARTUP_MEMBER",
  });
  return {
    operator,
    officer,
    mentor,
    startup,
    founder,
    cofounder,
    former,
    application,
    otherOperator,
    otherOfficer,
    otherStartup,
    otherFounder,
  };
}

async function signIn(userId: string) {
  auth.user = await sessionUserFor(userId);
}

const messagesOf = (applicationId: string) =>
  testDb().applicationMessage.findMany({ where: { applicationId }, orderBy: { createdAt: "asc" } });
const noticesFor = (userId: string) =>
  testDb().notification.findMany({ where: { userId, kind: "CLARIFICATION" } });

describe("requestClarification", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("records the question, leaves the status alone and notifies the applicant's active people", async () => {
    const w = await world("SCREENING");
    await signIn(w.officer.user.id);
    const result = await requestClarification({
      organisation: w.operator.slug,
      applicationId: w.application.id,
      body: `  ${QUESTION}  `,
    });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.notified).toBe(2);

    expect(await messagesOf(w.application.id)).toMatchObject([
      {
        kind: "CLARIFICATION_REQUEST",
        organisationId: w.operator.id,
        authorId: w.officer.user.id,
        body: QUESTION,
      },
    ]);
    const stored = await testDb().application.findUniqueOrThrow({
      where: { id: w.application.id },
      include: { statusChanges: true },
    });
    expect(stored.status).toBe("SCREENING");
    expect(stored.statusChanges).toHaveLength(0);
    for (const person of [w.founder, w.cofounder]) {
      expect(await noticesFor(person.user.id)).toMatchObject([
        {
          organisationId: w.operator.id,
          link: `/${w.startup.slug}/applications/${w.application.id}#clarifications`,
        },
      ]);
    }
    expect(await noticesFor(w.former.user.id)).toHaveLength(0);
    const [event] = await auditEventsOf("application.request_clarification", w.officer.user.id);
    expect(event).toMatchObject({
      organisationId: w.operator.id,
      targetType: "ApplicationMessage",
    });
  });

  it("refuses a draft and a decided application with CONFLICT, writing nothing", async () => {
    for (const status of ["DRAFT", "REJECTED", "WITHDRAWN"] as const) {
      const w = await world(status);
      await signIn(w.officer.user.id);
      const result = await requestClarification({
        organisation: w.operator.slug,
        applicationId: w.application.id,
        body: QUESTION,
      });
      expect(result.serverError).toMatchObject({ code: "CONFLICT" });
      expect(await messagesOf(w.application.id)).toHaveLength(0);
      expect(await noticesFor(w.founder.user.id)).toHaveLength(0);
    }
  });

  it("answers another operator's officer with 404 and a mentor or founder with 403, changing no row", async () => {
    const w = await world();
    await signIn(w.otherOfficer.user.id);
    const foreign = await requestClarification({
      organisation: w.otherOperator.slug,
      applicationId: w.application.id,
      body: QUESTION,
    });
    expect(foreign.serverError).toMatchObject({ code: "NOT_FOUND" });

    await signIn(w.mentor.user.id);
    const mentor = await requestClarification({
      organisation: w.operator.slug,
      applicationId: w.application.id,
      body: QUESTION,
    });
    expect(mentor.serverError).toMatchObject({ code: "FORBIDDEN" });

    await signIn(w.founder.user.id);
    const founder = await requestClarification({
      organisation: w.startup.slug,
      applicationId: w.application.id,
      body: QUESTION,
    });
    expect(founder.serverError).toMatchObject({ code: "FORBIDDEN" });

    expect(await messagesOf(w.application.id)).toHaveLength(0);
    expect(await noticesFor(w.founder.user.id)).toHaveLength(0);
  });
});

describe("replyToClarification", () => {
  beforeEach(() => {
    auth.user = null;
  });

  it("records the reply in the operator's thread and notifies the officer who asked", async () => {
    const w = await world("IN_REVIEW");
    await signIn(w.officer.user.id);
    await requestClarification({
      organisation: w.operator.slug,
      applicationId: w.application.id,
      body: QUESTION,
    });
    await signIn(w.cofounder.user.id);
    const result = await replyToClarification({
      organisation: w.startup.slug,
      applicationId: w.application.id,
      body: REPLY,
    });
    expect(result.serverError).toBeUndefined();

    expect(await messagesOf(w.application.id)).toMatchObject([
      { kind: "CLARIFICATION_REQUEST", authorId: w.officer.user.id },
      {
        kind: "CLARIFICATION_REPLY",
        authorId: w.cofounder.user.id,
        organisationId: w.operator.id,
        body: REPLY,
      },
    ]);
    expect(await noticesFor(w.officer.user.id)).toMatchObject([
      {
        organisationId: w.startup.id,
        link: `/${w.operator.slug}/calls/${w.application.callId}/applications/${w.application.id}#clarifications`,
      },
    ]);
    expect(await noticesFor(w.mentor.user.id)).toHaveLength(0);
    const [event] = await auditEventsOf("application.reply_clarification", w.cofounder.user.id);
    expect(event).toMatchObject({ organisationId: w.startup.id });

    // Both sides read the same thread in order, with who wrote each message; nobody else does.
    const asOperator = await runWithTenant(
      { userId: w.officer.user.id, organisationId: w.operator.id },
      () =>
        listClarifications({
          side: "OPERATOR",
          organisationId: w.operator.id,
          applicationId: w.application.id,
        }),
    );
    const asStartup = await runWithTenant(
      { userId: w.founder.user.id, organisationId: w.startup.id },
      () =>
        listClarifications({
          side: "STARTUP",
          organisationId: w.startup.id,
          applicationId: w.application.id,
        }),
    );
    const summary = (thread: typeof asOperator) =>
      thread.map((message) => [message.kind, message.author.name, message.body]);
    expect(summary(asOperator)).toEqual([
      ["CLARIFICATION_REQUEST", w.officer.user.name, QUESTION],
      ["CLARIFICATION_REPLY", w.cofounder.user.name, REPLY],
    ]);
    expect(summary(asStartup)).toEqual(summary(asOperator));
    const asOtherOperator = await runWithTenant(
      { userId: w.otherOfficer.user.id, organisationId: w.otherOperator.id },
      () =>
        listClarifications({
          side: "OPERATOR",
          organisationId: w.otherOperator.id,
          applicationId: w.application.id,
        }),
    );
    expect(asOtherOperator).toEqual([]);

    // The officer's timeline shows the question and the answer among the status changes.
    const officerView = await runWithTenant(
      { userId: w.officer.user.id, organisationId: w.operator.id },
      () =>
        getOfficerApplication({
          organisationId: w.operator.id,
          callId: w.application.callId,
          applicationId: w.application.id,
        }),
    );
    expect(
      officerView?.timeline.filter((entry) => "kind" in entry).map((entry) => entry.actor?.name),
    ).toEqual([w.officer.user.name, w.cofounder.user.name]);
  });

  it("refuses a reply before any question, and after the application is final", async () => {
    const w = await world();
    await signIn(w.founder.user.id);
    const early = await replyToClarification({
      organisation: w.startup.slug,
      applicationId: w.application.id,
      body: REPLY,
    });
    expect(early.serverError).toMatchObject({ code: "CONFLICT" });

    const decided = await world("WITHDRAWN");
    await createApplicationMessage(testDb(), {
      applicationId: decided.application.id,
      organisationId: decided.operator.id,
      authorId: decided.officer.user.id,
    });
    await signIn(decided.founder.user.id);
    const late = await replyToClarification({
      organisation: decided.startup.slug,
      applicationId: decided.application.id,
      body: REPLY,
    });
    expect(late.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await messagesOf(w.application.id)).toHaveLength(0);
    expect(await messagesOf(decided.application.id)).toHaveLength(1);
  });

  it("answers another start-up with 404 and an officer with 403, changing no row", async () => {
    const w = await world();
    await createApplicationMessage(testDb(), {
      applicationId: w.application.id,
      organisationId: w.operator.id,
      authorId: w.officer.user.id,
    });
    await signIn(w.otherFounder.user.id);
    const foreign = await replyToClarification({
      organisation: w.otherStartup.slug,
      applicationId: w.application.id,
      body: REPLY,
    });
    expect(foreign.serverError).toMatchObject({ code: "NOT_FOUND" });

    await signIn(w.officer.user.id);
    const officer = await replyToClarification({
      organisation: w.operator.slug,
      applicationId: w.application.id,
      body: REPLY,
    });
    expect(officer.serverError).toMatchObject({ code: "FORBIDDEN" });

    expect(await messagesOf(w.application.id)).toHaveLength(1);
    expect(await noticesFor(w.officer.user.id)).toHaveLength(0);
  });
});
