// Row-level security for the other sides of a tenant: a start-up (its applications at any
// operator), a partner (its cohort, and only what each start-up consented to share), the
// public (published calls), invitees (by token) and the platform console. Checked in SQL as
// the app role.
import { describe, expect, it } from "vitest";
import { createApplication, createApplicationAnswer } from "../../factories/applications";
import { createCall, createReviewRubric } from "../../factories/calls";
import { createCoachingSession } from "../../factories/coaching";
import { createDataSharingConsent } from "../../factories/consents";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone } from "../../factories/milestones";
import { createOperator, createPartner, createStartup } from "../../factories/organisations";
import { createProgramme, createProgrammePartner } from "../../factories/programmes";
import { sha256Hex } from "../../factories/sequence";
import { createInvitation, createMember, createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { asTenant, attempt, visibleIds } from "./app-role";

const sorted = (ids: string[]) => [...ids].sort();

async function startupWithFounder() {
  const startup = await createStartup(testDb());
  const founder = await createMember(testDb(), {
    organisationId: startup.id,
    role: "STARTUP_MEMBER",
  });
  return { startup, founder, tenant: { userId: founder.user.id, organisationId: startup.id } };
}

async function operatorWithOfficer() {
  const operator = await createOperator(testDb());
  const officer = await createMember(testDb(), {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  const call = await createCall(testDb(), { organisationId: operator.id });
  return { operator, call, tenant: { userId: officer.user.id, organisationId: operator.id } };
}

describe("a start-up", () => {
  it("sees its own applications at two operators, and not another start-up's", async () => {
    const hkstp = await operatorWithOfficer();
    const cuhk = await operatorWithOfficer();
    const pokfulam = await startupWithFounder();
    const shatin = await startupWithFounder();
    const apply = (operator: typeof hkstp, startup: typeof pokfulam) =>
      createApplication(testDb(), {
        callId: operator.call.id,
        organisationId: operator.operator.id,
        startupId: startup.startup.id,
        createdById: startup.founder.user.id,
      });
    const pokfulamAtHkstp = await apply(hkstp, pokfulam);
    const pokfulamAtCuhk = await apply(cuhk, pokfulam);
    const shatinAtHkstp = await apply(hkstp, shatin);
    const answer = await createApplicationAnswer(testDb(), {
      applicationId: shatinAtHkstp.id,
      organisationId: hkstp.operator.id,
    });

    const seenBy = (tenant: { userId: string; organisationId: string }, table = "Application") =>
      asTenant(tenant, (client) => visibleIds(client, table));
    expect(await seenBy(pokfulam.tenant)).toEqual(sorted([pokfulamAtHkstp.id, pokfulamAtCuhk.id]));
    expect(await seenBy(shatin.tenant)).toEqual([shatinAtHkstp.id]);
    expect(await seenBy(pokfulam.tenant, "ApplicationAnswer")).not.toContain(answer.id);
    expect(await seenBy(shatin.tenant, "ApplicationAnswer")).toContain(answer.id);
    // Each operator sees only the applications made to it.
    expect(await seenBy(hkstp.tenant)).toEqual(sorted([pokfulamAtHkstp.id, shatinAtHkstp.id]));
    expect(await seenBy(cuhk.tenant)).toEqual([pokfulamAtCuhk.id]);
  });

  it("cannot read how it is scored, nor edit another start-up's application", async () => {
    const hkstp = await operatorWithOfficer();
    const pokfulam = await startupWithFounder();
    const shatin = await startupWithFounder();
    await createReviewRubric(testDb(), {
      callId: hkstp.call.id,
      organisationId: hkstp.operator.id,
    });
    const theirs = await createApplication(testDb(), {
      callId: hkstp.call.id,
      organisationId: hkstp.operator.id,
      startupId: shatin.startup.id,
    });
    const [rubrics, edit, steal] = await asTenant(pokfulam.tenant, async (client) => [
      await visibleIds(client, "ReviewRubric"),
      await attempt(client, `update "Application" set "projectTitle" = 'mine now' where id = $1`, [
        theirs.id,
      ]),
      await attempt(client, `update "Application" set "startupId" = $2 where id = $1`, [
        theirs.id,
        pokfulam.startup.id,
      ]),
    ]);
    expect(rubrics).toEqual([]);
    expect(edit.rowCount).toBe(0);
    expect(steal.rowCount).toBe(0);
  });
});

describe("a partner", () => {
  async function coIncubationCohort() {
    const operator = await createOperator(testDb());
    const programme = await createProgramme(testDb(), {
      organisationId: operator.id,
      kind: "CO_INCUBATION",
    });
    const partner = await createPartner(testDb());
    const scientist = await createMember(testDb(), {
      organisationId: partner.id,
      role: "PARTNER_MEMBER",
    });
    await createProgrammePartner(testDb(), {
      programmeId: programme.id,
      organisationId: operator.id,
      partnerId: partner.id,
    });
    const enrol = async () => {
      const member = await startupWithFounder();
      const enrolment = await createEnrolment(testDb(), {
        programmeId: programme.id,
        organisationId: operator.id,
        startupId: member.startup.id,
      });
      const milestone = await createMilestone(testDb(), {
        enrolmentId: enrolment.id,
        organisationId: operator.id,
      });
      const session = await createCoachingSession(testDb(), {
        enrolmentId: enrolment.id,
        organisationId: operator.id,
      });
      return { ...member, enrolment, milestone, session };
    };
    const sharing = await enrol();
    const private_ = await enrol();
    const consent = await createDataSharingConsent(testDb(), {
      programmeId: programme.id,
      organisationId: operator.id,
      startupId: sharing.startup.id,
      partnerId: partner.id,
      grantedById: sharing.founder.user.id,
      category: "MILESTONES",
    });
    return {
      operator,
      programme,
      partner,
      sharing,
      private: private_,
      consent,
      tenant: { userId: scientist.user.id, organisationId: partner.id },
    };
  }

  it("sees its cohort, the milestones a start-up consented to share and nothing else", async () => {
    const cohort = await coIncubationCohort();
    const seen = await asTenant(cohort.tenant, async (client) => ({
      programmes: await visibleIds(client, "Programme"),
      enrolments: await visibleIds(client, "Enrolment"),
      milestones: await visibleIds(client, "Milestone"),
      sessions: await visibleIds(client, "CoachingSession"),
      applications: await visibleIds(client, "Application"),
      edit: await attempt(client, `update "Milestone" set title = 'edited' where id = $1`, [
        cohort.sharing.milestone.id,
      ]),
    }));
    expect(seen.programmes).toContain(cohort.programme.id);
    expect(seen.enrolments).toEqual(
      sorted([cohort.sharing.enrolment.id, cohort.private.enrolment.id]),
    );
    expect(seen.milestones).toEqual([cohort.sharing.milestone.id]);
    expect(seen.sessions).toEqual([]); // coaching summaries were not shared
    expect(seen.applications).toEqual([]);
    expect(seen.edit.rowCount).toBe(0);
  });

  it("loses the milestones the moment the start-up withdraws its consent", async () => {
    const cohort = await coIncubationCohort();
    const withdrawn = await asTenant(
      cohort.sharing.tenant,
      (client) =>
        client.query(`update "DataSharingConsent" set "withdrawnAt" = now() where id = $1`, [
          cohort.consent.id,
        ]),
      { commit: true },
    );
    expect(withdrawn.rowCount).toBe(1);
    expect(await asTenant(cohort.tenant, (client) => visibleIds(client, "Milestone"))).toEqual([]);
  });

  it("of another programme sees nothing of this cohort", async () => {
    await coIncubationCohort();
    const other = await createPartner(testDb());
    const otherScientist = await createMember(testDb(), {
      organisationId: other.id,
      role: "PARTNER_MEMBER",
    });
    const seen = await asTenant(
      { userId: otherScientist.user.id, organisationId: other.id },
      async (client) => ({
        enrolments: await visibleIds(client, "Enrolment"),
        milestones: await visibleIds(client, "Milestone"),
        consents: await visibleIds(client, "DataSharingConsent"),
      }),
    );
    expect(seen).toEqual({ enrolments: [], milestones: [], consents: [] });
  });
});

describe("the public (no tenant)", () => {
  it("sees published calls only", async () => {
    const operator = await createOperator(testDb());
    const published = await createCall(testDb(), { organisationId: operator.id });
    const draft = await createCall(testDb(), {
      organisationId: operator.id,
      status: "DRAFT",
      publishedAt: null,
    });
    const closed = await createCall(testDb(), { organisationId: operator.id, status: "CLOSED" });
    const calls = await asTenant(null, (client) => visibleIds(client, "Call"));
    expect(calls).toContain(published.id);
    expect(calls).not.toContain(draft.id);
    expect(calls).not.toContain(closed.id);
  });
});

describe("an invitation link", () => {
  it("opens its invitation to the token holder only, and admits exactly the invited person with the invited role", async () => {
    const operator = await createOperator(testDb());
    const other = await createOperator(testDb());
    const invitee = await createUser(testDb());
    const stranger = await createUser(testDb());
    const token = "a-token-only-the-invitee-has";
    const invitation = await createInvitation(testDb(), {
      organisationId: operator.id,
      email: invitee.email,
      role: "MENTOR",
      tokenHash: sha256Hex(token),
    });
    const holder = { userId: invitee.id, invitationTokenHash: sha256Hex(token) };
    const join = (userId: string, organisationId: string, role: string) =>
      `insert into "Membership" (id, "organisationId", "userId", role, "updatedAt")
       values ('m-${userId}-${organisationId}-${role}', '${organisationId}', '${userId}', '${role}', now())`;

    expect(
      await asTenant({ userId: invitee.id }, (client) => visibleIds(client, "Invitation")),
    ).toEqual([]);
    expect(
      await asTenant({ userId: invitee.id, invitationTokenHash: sha256Hex("wrong") }, (client) =>
        visibleIds(client, "Invitation"),
      ),
    ).toEqual([]);
    const outcomes = await asTenant(holder, async (client) => ({
      visible: await visibleIds(client, "Invitation"),
      asAdmin: await attempt(client, join(invitee.id, operator.id, "OPERATOR_ADMIN")),
      elsewhere: await attempt(client, join(invitee.id, other.id, "MENTOR")),
      someoneElse: await attempt(client, join(stranger.id, operator.id, "MENTOR")),
      moved: await attempt(
        client,
        `update "Invitation" set "organisationId" = $2, status = 'ACCEPTED' where id = $1`,
        [invitation.id, other.id],
      ),
      invited: await attempt(client, join(invitee.id, operator.id, "MENTOR")),
      accepted: await attempt(client, `update "Invitation" set status = 'ACCEPTED' where id = $1`, [
        invitation.id,
      ]),
    }));
    expect(outcomes.visible).toEqual([invitation.id]);
    expect(outcomes.asAdmin.error?.code).toBe("42501");
    expect(outcomes.elsewhere.error?.code).toBe("42501");
    expect(outcomes.someoneElse.error?.code).toBe("42501");
    expect(outcomes.moved.error?.message).toMatch(/never change/);
    expect(outcomes.invited).toEqual({ rowCount: 1, error: null });
    expect(outcomes.accepted).toEqual({ rowCount: 1, error: null });
  });
});

describe("the platform console", () => {
  it("counts tenants through platform_tenant_overview(), which refuses anyone but a platform admin", async () => {
    const operator = await createOperator(testDb(), { name: "Aaa first operator" });
    await createMember(testDb(), { organisationId: operator.id, role: "OPERATOR_ADMIN" });
    const admin = await createUser(testDb(), { isPlatformAdmin: true });
    const officer = await createMember(testDb(), {
      organisationId: operator.id,
      role: "PROGRAMME_OFFICER",
    });
    const overview = "select * from platform_tenant_overview()";

    const rows = await asTenant(
      { userId: admin.id, isPlatformAdmin: true },
      async (client) => (await client.query(overview)).rows,
    );
    expect(rows.find((row) => row.id === operator.id)).toMatchObject({
      userCount: "2",
      programmeCount: "0",
    });
    // Claiming the flag is not enough, and the flag is needed.
    for (const tenant of [
      { userId: officer.user.id, isPlatformAdmin: true },
      { userId: admin.id },
      null,
    ]) {
      const refused = await asTenant(tenant, (client) => attempt(client, overview));
      expect(refused.error?.code).toBe("42501");
    }
    // And the flag opens no tenant rows.
    expect(
      await asTenant({ userId: admin.id, isPlatformAdmin: true }, (client) =>
        visibleIds(client, "Membership"),
      ),
    ).toEqual([]);
  });
});
