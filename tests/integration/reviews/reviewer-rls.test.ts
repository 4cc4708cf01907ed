// Row-level security for reviewers from outside the operator (migration reviewer_access):
// partner scientists, from their partner membership, and external reviewers, from their
// EXTERNAL_REVIEWER membership, reach their own assignment and what reviewing it needs, and
// nothing else; never another reviewer's review or scores. Checked in SQL as the app role.
import { describe, expect, it } from "vitest";
import { createApplication, createApplicationAnswer } from "../../factories/applications";
import { createMember } from "../../factories/users";
import { createReviewerAssignment } from "../../factories/reviews";
import { testDb } from "../../setup/test-database";
import { asTenant, attempt, visibleIds } from "../rls/app-role";
import { buildPartnerWorld, type PartnerWorld } from "./partner-world";

const azTenant = (world: PartnerWorld) => ({
  userId: world.azScientist.user.id,
  organisationId: world.astrazeneca.id,
});

describe("a partner scientist, as the app role", () => {
  it("reaches their own assignment, its application, answers, file, form, call and rubric only", async () => {
    const world = await buildPartnerWorld();
    const answer = await createApplicationAnswer(testDb(), {
      applicationId: world.applicationA.id,
      organisationId: world.hkstp.id,
    });
    await createApplicationAnswer(testDb(), {
      applicationId: world.applicationB.id,
      organisationId: world.hkstp.id,
    });
    const seen = await asTenant(azTenant(world), async (client) => ({
      assignments: await visibleIds(client, "ReviewerAssignment"),
      applications: await visibleIds(client, "Application"),
      answers: await visibleIds(client, "ApplicationAnswer"),
      attachments: await visibleIds(client, "Attachment"),
      forms: await visibleIds(client, "ApplicationForm"),
      rubrics: await visibleIds(client, "ReviewRubric"),
      criteria: (await visibleIds(client, "RubricCriterion")).length,
      reviews: await visibleIds(client, "Review"),
      scores: await visibleIds(client, "ReviewScore"),
      decisions: await visibleIds(client, "Decision"),
      statusChanges: await visibleIds(client, "ApplicationStatusChange"),
    }));
    expect(seen).toEqual({
      assignments: [world.azAssignment.id],
      applications: [world.applicationA.id],
      answers: [answer.id],
      attachments: [world.pitchDeck.id],
      forms: [world.applicationA.formId],
      rubrics: [world.rubric.id],
      criteria: 5,
      reviews: [],
      scores: [],
      decisions: [],
      statusChanges: [],
    });
  });

  it("gets no panel before submitting, and cannot read the mentor's scores through it", async () => {
    const world = await buildPartnerWorld();
    const panel = (assignmentId: string) =>
      asTenant(azTenant(world), async (client) => {
        const { rows } = await client.query("select * from app_reviewer_panel($1)", [assignmentId]);
        return rows.length;
      });
    expect(await panel(world.azAssignment.id)).toBe(0);
    expect(await panel(world.mentorAssignment.id)).toBe(0);
    await testDb().reviewerAssignment.update({
      where: { id: world.azAssignment.id },
      data: { status: "SUBMITTED" },
    });
    // Once they have submitted: the mentor's five scores, anonymously.
    expect(await panel(world.azAssignment.id)).toBe(5);
  });

  it("may write only their declaration, and only on their own open assignment", async () => {
    const world = await buildPartnerWorld();
    const outcome = await asTenant(azTenant(world), async (client) => ({
      declare: await attempt(
        client,
        `update "ReviewerAssignment" set "conflictDeclaredAt" = now(), "hasConflict" = false where id = $1`,
        [world.azAssignment.id],
      ),
      moveDueDate: await attempt(
        client,
        `update "ReviewerAssignment" set "dueAt" = now() + interval '30 days' where id = $1`,
        [world.azAssignment.id],
      ),
      clearFlag: await attempt(
        client,
        `update "ReviewerAssignment" set "flaggedConflictReason" = null, "remindedAt" = now() where id = $1`,
        [world.azAssignment.id],
      ),
      colleagues: await attempt(
        client,
        `update "ReviewerAssignment" set status = 'CONFLICTED' where id = $1`,
        [world.mentorAssignmentOfB.id],
      ),
      remove: await attempt(client, `delete from "ReviewerAssignment" where id = $1`, [
        world.azAssignment.id,
      ]),
    }));
    expect(outcome.declare).toEqual({ rowCount: 1, error: null });
    expect(outcome.moveDueDate.error?.code).toBe("42501");
    expect(outcome.clearFlag.error?.code).toBe("42501");
    expect(outcome.colleagues).toEqual({ rowCount: 0, error: null });
    expect(outcome.remove).toEqual({ rowCount: 0, error: null });
  });

  it("writes a draft review and scores of their own only, never into another review", async () => {
    const world = await buildPartnerWorld();
    const criterion = world.rubric.criteria[0]!;
    const outcome = await asTenant(azTenant(world), async (client) => {
      const insertReview = (id: string, assignmentId: string, reviewerId: string, status: string) =>
        attempt(
          client,
          `insert into "Review" (id, "organisationId", "assignmentId", "applicationId", "reviewerId", status, "updatedAt")
           values ($1, $2, $3, $4, $5, $6::"ReviewStatus", now())`,
          [id, world.hkstp.id, assignmentId, world.applicationA.id, reviewerId, status],
        );
      const insertScore = (id: string, reviewId: string) =>
        attempt(
          client,
          `insert into "ReviewScore" (id, "organisationId", "reviewId", "criterionId", score, "updatedAt")
           values ($1, $2, $3, $4, 5, now())`,
          [id, world.hkstp.id, reviewId, criterion.id],
        );
      return {
        submittedOutright: await insertReview(
          "r-submitted",
          world.azAssignment.id,
          world.azScientist.user.id,
          "SUBMITTED",
        ),
        forColleague: await insertReview(
          "r-colleague",
          world.mentorAssignment.id,
          world.azScientist.user.id,
          "DRAFT",
        ),
        inTheirName: await insertReview(
          "r-name",
          world.azAssignment.id,
          world.mentor.user.id,
          "DRAFT",
        ),
        own: await insertReview("r-own", world.azAssignment.id, world.azScientist.user.id, "DRAFT"),
        ownScore: await insertScore("s-own", "r-own"),
        intoMentorsReview: await insertScore("s-mentor", world.mentorReview.id),
        editMentorsReview: await attempt(
          client,
          `update "Review" set recommendation = 'STRONGLY_SUPPORT' where id = $1`,
          [world.mentorReview.id],
        ),
        visibleReviews: await visibleIds(client, "Review"),
        visibleScores: await visibleIds(client, "ReviewScore"),
      };
    });
    expect(outcome.submittedOutright.error?.code).toBe("42501");
    expect(outcome.forColleague.error?.code).toBe("42501");
    expect(outcome.inTheirName.error?.code).toBe("42501");
    expect(outcome.own).toEqual({ rowCount: 1, error: null });
    expect(outcome.ownScore).toEqual({ rowCount: 1, error: null });
    expect(outcome.intoMentorsReview.error?.code).toBe("42501");
    expect(outcome.editMentorsReview).toEqual({ rowCount: 0, error: null });
    expect(outcome.visibleReviews).toEqual(["r-own"]);
    expect(outcome.visibleScores).toEqual(["s-own"]);
  });

  it("reaches nothing from the wrong membership, as a colleague, or once the partner stops reviewing", async () => {
    const world = await buildPartnerWorld();
    const tables = ["ReviewerAssignment", "Application", "Attachment", "ReviewRubric"];
    const visible = (tenant: { userId: string; organisationId: string }) =>
      asTenant(tenant, async (client) =>
        (await Promise.all(tables.map((table) => visibleIds(client, table)))).flat(),
      );
    // The scientist naming the operator (not a member there), a colleague at AstraZeneca.
    expect(await visible({ ...azTenant(world), organisationId: world.hkstp.id })).toEqual([]);
    expect(
      await visible({ userId: world.azColleague.user.id, organisationId: world.astrazeneca.id }),
    ).toEqual([]);
    await testDb().programmePartner.updateMany({
      where: { programmeId: world.programme.id, partnerId: world.astrazeneca.id },
      data: { canReviewShortlisted: false },
    });
    expect(await visible(azTenant(world))).toEqual([]);
  });

  it("writes audit events in the operator's trail as themselves only", async () => {
    const world = await buildPartnerWorld();
    const outcome = await asTenant(azTenant(world), async (client) => {
      const insert = (organisationId: string, actorId: string) =>
        attempt(
          client,
          `insert into "AuditEvent" (id, "organisationId", "actorId", action) values (gen_random_uuid()::text, $1, $2, 'review.submit')`,
          [organisationId, actorId],
        );
      return {
        own: await insert(world.hkstp.id, world.azScientist.user.id),
        asSomeoneElse: await insert(world.hkstp.id, world.mentor.user.id),
        readBack: await visibleIds(client, "AuditEvent"),
      };
    });
    expect(outcome.own).toEqual({ rowCount: 1, error: null });
    expect(outcome.asSomeoneElse.error?.code).toBe("42501");
    expect(outcome.readBack).toEqual([]);
  });
});

describe("an external reviewer, as the app role", () => {
  it("gets no tenant rows from their membership, only their own assignment", async () => {
    const world = await buildPartnerWorld();
    const expert = await createMember(testDb(), {
      organisationId: world.hkstp.id,
      role: "EXTERNAL_REVIEWER",
    });
    const assignment = await createReviewerAssignment(testDb(), {
      organisationId: world.hkstp.id,
      applicationId: world.applicationC.id,
      reviewerId: expert.user.id,
    });
    await createApplication(testDb(), { organisationId: world.hkstp.id, status: "SUBMITTED" });
    const seen = await asTenant(
      { userId: expert.user.id, organisationId: world.hkstp.id },
      async (client) => ({
        assignments: await visibleIds(client, "ReviewerAssignment"),
        applications: await visibleIds(client, "Application"),
        reviews: await visibleIds(client, "Review"),
        scores: await visibleIds(client, "ReviewScore"),
        memberships: (await visibleIds(client, "Membership")).length,
        invitations: await visibleIds(client, "Invitation"),
        audit: await visibleIds(client, "AuditEvent"),
        organisationId: (await client.query("select app_organisation_id() as id")).rows[0]?.id,
      }),
    );
    expect(seen).toEqual({
      assignments: [assignment.id],
      applications: [world.applicationC.id],
      reviews: [],
      scores: [],
      memberships: 1, // their own
      invitations: [],
      audit: [],
      organisationId: null,
    });
  });

  it("is not given partner scientists or conflict links to look up", async () => {
    const world = await buildPartnerWorld();
    const expert = await createMember(testDb(), {
      organisationId: world.hkstp.id,
      role: "EXTERNAL_REVIEWER",
    });
    const [asExpert, asOfficer] = await Promise.all(
      [expert.user.id, world.officer.user.id].map((userId) =>
        asTenant({ userId, organisationId: world.hkstp.id }, async (client) => {
          const { rows } = await client.query(
            "select user_id from app_programme_partner_reviewers($1) order by user_id",
            [world.programme.id],
          );
          return rows.map((row: { user_id: string }) => row.user_id);
        }),
      ),
    );
    expect(asExpert).toEqual([]);
    expect(asOfficer).toEqual([world.azScientist.user.id, world.azColleague.user.id].sort());
  });
});
