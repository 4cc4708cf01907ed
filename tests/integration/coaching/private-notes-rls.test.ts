// privateNotes and the mentor's assessment, checked in SQL as the app role: the start-up (and a
// consented partner) can read its CoachingSession rows, so the operator-only part lives in
// CoachingPrivateNote, which only the operator can see. The start-up's UPDATE rights on its
// sessions and action items are limited by triggers to confirming and ticking off.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createActionItem,
  createCoachingPrivateNote,
  createCoachingSession,
} from "../../factories/coaching";
import { createDataSharingConsent } from "../../factories/consents";
import { createPartner } from "../../factories/organisations";
import { createProgrammePartner } from "../../factories/programmes";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { asTenant, attempt, visibleIds } from "../rls/app-role";
import { buildCohortWorld, type CohortWorld } from "../cohort/cohort-world";

let world: CohortWorld;
let sessionId: string;
let noteId: string;
let startupItemId: string;
let mentorItemId: string;
let partner: { orgId: string; userId: string };

beforeAll(async () => {
  world = await buildCohortWorld();
  const session = await createCoachingSession(testDb(), {
    assignmentId: world.assignment.id,
    status: "LOGGED",
    startsAt: new Date(Date.now() - 86_400_000),
    sharedNotes: "Agreed the pre-IND question list.",
  });
  sessionId = session.id;
  noteId = (
    await createCoachingPrivateNote(testDb(), {
      coachingSessionId: session.id,
      notes: "Founder is out of runway in nine months.",
      assessmentRating: 2,
      assessmentComment: "Behind plan.",
    })
  ).id;
  startupItemId = (await createActionItem(testDb(), { coachingSessionId: session.id })).id;
  mentorItemId = (
    await createActionItem(testDb(), { coachingSessionId: session.id, ownerSide: "MENTOR" })
  ).id;
  // A partner the start-up shares its coaching summaries with.
  const partnerOrg = await createPartner(testDb());
  await createProgrammePartner(testDb(), {
    programmeId: world.programme.id,
    organisationId: world.hkstp.id,
    partnerId: partnerOrg.id,
  });
  await createDataSharingConsent(testDb(), {
    organisationId: world.hkstp.id,
    programmeId: world.programme.id,
    startupId: world.pokfulam.id,
    partnerId: partnerOrg.id,
    category: "COACHING_SUMMARIES",
    grantedById: world.founder.user.id,
  });
  const partnerMember = await createMember(testDb(), {
    organisationId: partnerOrg.id,
    role: "PARTNER_MEMBER",
  });
  partner = { orgId: partnerOrg.id, userId: partnerMember.user.id };
});

const asFounder = () => ({ userId: world.founder.user.id, organisationId: world.pokfulam.id });
const asMentor = () => ({ userId: world.mentor.user.id, organisationId: world.hkstp.id });

describe("the operator-only part of a session", () => {
  it("is readable by the operator", async () => {
    const rows = await asTenant(
      asMentor(),
      async (client) =>
        (
          await client.query(
            `select notes, "assessmentRating" from "CoachingPrivateNote" where id = $1`,
            [noteId],
          )
        ).rows,
    );
    expect(rows).toEqual([
      { notes: "Founder is out of runway in nine months.", assessmentRating: 2 },
    ]);
  });

  it("is invisible to the start-up, which still reads the shared part of its session", async () => {
    const seen = await asTenant(asFounder(), async (client) => ({
      sessions: await visibleIds(client, "CoachingSession"),
      notes: await visibleIds(client, "CoachingPrivateNote"),
      joined: (
        await client.query(
          `select n.notes from "CoachingSession" s join "CoachingPrivateNote" n on n."coachingSessionId" = s.id`,
        )
      ).rows,
      shared: (
        await client.query(`select "sharedNotes" from "CoachingSession" where id = $1`, [sessionId])
      ).rows,
      // The column itself is gone from the session row: nothing to select by mistake.
      oldColumn: await attempt(client, `select "privateNotes" from "CoachingSession"`),
    }));
    expect(seen.sessions).toEqual([sessionId]);
    expect(seen.notes).toEqual([]);
    expect(seen.joined).toEqual([]);
    expect(seen.shared).toEqual([{ sharedNotes: "Agreed the pre-IND question list." }]);
    expect(seen.oldColumn.error?.code).toBe("42703");
  });

  it("is invisible to a partner the start-up shares coaching summaries with", async () => {
    const seen = await asTenant(
      { userId: partner.userId, organisationId: partner.orgId },
      async (client) => ({
        sessions: await visibleIds(client, "CoachingSession"),
        notes: await visibleIds(client, "CoachingPrivateNote"),
      }),
    );
    expect(seen.sessions).toEqual([sessionId]);
    expect(seen.notes).toEqual([]);
  });

  it("cannot be written by the start-up", async () => {
    const result = await asTenant(asFounder(), async (client) => ({
      update: await attempt(
        client,
        `update "CoachingPrivateNote" set notes = 'edited' where id = $1`,
        [noteId],
      ),
      insert: await attempt(
        client,
        `insert into "CoachingPrivateNote" (id, "organisationId", "coachingSessionId", notes, "updatedAt") values ('x', $1, $2, 'planted', now())`,
        [world.hkstp.id, sessionId],
      ),
    }));
    expect(result.update).toEqual({ rowCount: 0, error: null });
    expect(result.insert.error?.code).toBe("42501");
  });
});

describe("what the start-up may change", () => {
  it("may confirm its logged session, and change nothing else on it", async () => {
    const result = await asTenant(asFounder(), async (client) => ({
      rewrite: await attempt(
        client,
        `update "CoachingSession" set "sharedNotes" = 'rewritten' where id = $1`,
        [sessionId],
      ),
      unlog: await attempt(
        client,
        `update "CoachingSession" set status = 'CANCELLED' where id = $1`,
        [sessionId],
      ),
      confirm: await attempt(
        client,
        `update "CoachingSession" set status = 'CONFIRMED', "confirmedAt" = now(), "updatedAt" = now() where id = $1`,
        [sessionId],
      ),
    }));
    expect(result.rewrite.error?.code).toBe("42501");
    expect(result.unlog.error?.code).toBe("42501");
    expect(result.confirm).toEqual({ rowCount: 1, error: null });
  });

  it("may tick off its own action items only, and not reword them", async () => {
    const result = await asTenant(asFounder(), async (client) => ({
      tick: await attempt(
        client,
        `update "ActionItem" set status = 'DONE', "completedAt" = now() where id = $1`,
        [startupItemId],
      ),
      reword: await attempt(
        client,
        `update "ActionItem" set description = 'nothing' where id = $1`,
        [startupItemId],
      ),
      mentors: await attempt(client, `update "ActionItem" set status = 'DONE' where id = $1`, [
        mentorItemId,
      ]),
      drop: await attempt(client, `update "ActionItem" set status = 'DROPPED' where id = $1`, [
        startupItemId,
      ]),
    }));
    expect(result.tick).toEqual({ rowCount: 1, error: null });
    expect(result.reword.error?.code).toBe("42501");
    expect(result.mentors.error?.code).toBe("42501");
    expect(result.drop.error?.code).toBe("42501");
  });

  it("leaves the operator's own writes alone", async () => {
    const result = await asTenant(asMentor(), async (client) =>
      attempt(client, `update "CoachingSession" set "sharedNotes" = 'corrected' where id = $1`, [
        sessionId,
      ]),
    );
    expect(result).toEqual({ rowCount: 1, error: null });
  });
});

describe("app_enrolment_member_ids()", () => {
  it("gives the operator its enrolled start-up's active members, and nobody else anything", async () => {
    const ask = (tenant: { userId: string; organisationId: string }, enrolmentId: string) =>
      asTenant(tenant, async (client) =>
        (
          await client.query<{ id: string }>(`select m as id from app_enrolment_member_ids($1) m`, [
            enrolmentId,
          ])
        ).rows
          .map((row) => row.id)
          .sort(),
      );
    expect(await ask(asMentor(), world.enrolment.id)).toEqual(
      [world.founder.user.id, world.coFounder.user.id].sort(),
    );
    expect(
      await ask(
        { userId: world.foreignOfficer.user.id, organisationId: world.cuhk.id },
        world.enrolment.id,
      ),
    ).toEqual([]);
    expect(await ask(asFounder(), world.otherEnrolment.id)).toEqual([]);
  });
});
