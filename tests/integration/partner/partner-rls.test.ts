// What a pharma partner reaches, checked in SQL as the app role (the policies keyed on
// DataSharingConsent and ProgrammePartner), without the app's own filters in between.
import { describe, expect, it } from "vitest";
import { testDb } from "../../setup/test-database";
import { asTenant, attempt, visibleIds } from "../rls/app-role";
import { buildPartnerWorld } from "./partner-world";

describe("a partner, in SQL as the app role", () => {
  it("sees its own cohort and nothing of an unconsented category", async () => {
    const world = await buildPartnerWorld();
    await asTenant(world.azTenant, async (client) => {
      expect(await visibleIds(client, "Enrolment")).toEqual([world.enrolment.id]);
      expect(await visibleIds(client, "Milestone")).toEqual([]);
      expect(await visibleIds(client, "CoachingSession")).toEqual([]);
      expect(await visibleIds(client, "Attachment")).toEqual([]);
      expect(await visibleIds(client, "MilestoneEvidence")).toEqual([]);
      expect(await visibleIds(client, "MilestoneStatusChange")).toEqual([]);
    });
  });

  it("sees each category only once it is shared, and never the private coaching notes or evidence notes", async () => {
    const world = await buildPartnerWorld();
    await world.share("MILESTONES");
    await asTenant(world.azTenant, async (client) => {
      expect(await visibleIds(client, "Milestone")).toEqual([world.milestone.id]);
      expect(await visibleIds(client, "CoachingSession")).toEqual([]);
      expect(await visibleIds(client, "Attachment")).toEqual([]);
    });
    await world.share("COACHING_SUMMARIES");
    await world.share("DOCUMENTS");
    await asTenant(world.azTenant, async (client) => {
      expect(await visibleIds(client, "CoachingSession")).toEqual([world.session.id]);
      expect(await visibleIds(client, "CoachingPrivateNote")).toEqual([]);
      expect(await visibleIds(client, "MilestoneEvidence")).toEqual([]);
      expect(await visibleIds(client, "Application")).toEqual([]);
      expect((await visibleIds(client, "Attachment")).sort()).toEqual(
        [world.pitchDeck.id, world.evidenceFile.id].sort(),
      );
      const { rows } = await client.query(
        "select id, source, source_title from app_partner_shared_documents($1) order by id",
        [world.maOnShan.id],
      );
      expect(rows).toEqual(
        [
          { id: world.pitchDeck.id, source: "APPLICATION", source_title: "MOS-T1 Phase I" },
          {
            id: world.evidenceFile.id,
            source: "MILESTONE_EVIDENCE",
            source_title: "Pre-IND meeting held",
          },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );
    });
  });

  it("never sees another partner's cohort, even what is shared with that partner", async () => {
    const world = await buildPartnerWorld();
    await world.share("MILESTONES");
    await world.share("DOCUMENTS");
    await asTenant(world.biTenant, async (client) => {
      expect(await visibleIds(client, "Enrolment")).toEqual([world.saiKungEnrolment.id]);
      expect(await visibleIds(client, "Milestone")).toEqual([]);
      expect(await visibleIds(client, "Attachment")).toEqual([]);
      expect(await visibleIds(client, "DataSharingConsent")).toEqual([]);
      const { rows } = await client.query("select id from app_partner_shared_documents($1)", [
        world.maOnShan.id,
      ]);
      expect(rows).toEqual([]);
    });
    // A consent naming a partner that is not linked to the programme opens nothing either.
    await world.share("MILESTONES", world.bi.id);
    await asTenant(world.biTenant, async (client) => {
      expect(await visibleIds(client, "Milestone")).toEqual([]);
    });
  });

  it("loses access with the next statement once the start-up withdraws, or the partner is unlinked", async () => {
    const world = await buildPartnerWorld();
    const consent = await world.share("MILESTONES");
    await asTenant(
      world.azTenant,
      async (client) => {
        expect(await visibleIds(client, "Milestone")).toEqual([world.milestone.id]);
        await testDb().dataSharingConsent.update({
          where: { id: consent.id },
          data: { withdrawnAt: new Date() },
        });
        // Same partner session, same transaction: the withdrawal already applies.
        expect(await visibleIds(client, "Milestone")).toEqual([]);
      },
      { commit: true },
    );
    await testDb().dataSharingConsent.update({
      where: { id: consent.id },
      data: { withdrawnAt: null },
    });
    await testDb().programmePartner.deleteMany({
      where: { programmeId: world.azProgramme.id, partnerId: world.az.id },
    });
    await asTenant(world.azTenant, async (client) => {
      expect(await visibleIds(client, "Milestone")).toEqual([]);
      expect(await visibleIds(client, "Enrolment")).toEqual([]);
    });
  });

  it("cannot change milestones or consents, and logs views only of shared files, as itself", async () => {
    const world = await buildPartnerWorld();
    await world.share("MILESTONES");
    await world.share("DOCUMENTS");
    await asTenant(world.azTenant, async (client) => {
      const update = await attempt(
        client,
        `update "Milestone" set status = 'ACHIEVED' where id = $1`,
        [world.milestone.id],
      );
      expect(update).toMatchObject({ rowCount: 0 });
      const consent = await attempt(
        client,
        `insert into "DataSharingConsent" (id, "organisationId", "programmeId", "startupId", "partnerId", category, "grantedById", "updatedAt")
         values ('forged', $1, $2, $3, $4, 'COACHING_SUMMARIES', $5, now())`,
        [
          world.hkstp.id,
          world.azProgramme.id,
          world.maOnShan.id,
          world.az.id,
          world.azMember.user.id,
        ],
      );
      expect(consent.error?.code).toBe("42501");
      const view = (attachmentId: string, viewerId: string) =>
        attempt(
          client,
          `insert into "DocumentView" (id, "organisationId", "attachmentId", "viewerId", "partnerId", "updatedAt")
           values (gen_random_uuid()::text, $1, $2, $3, $4, now())`,
          [world.hkstp.id, attachmentId, viewerId, world.az.id],
        );
      expect(await view(world.pitchDeck.id, world.azMember.user.id)).toMatchObject({ rowCount: 1 });
      expect((await view(world.pitchDeck.id, world.founder.user.id)).error?.code).toBe("42501");
    });
  });
});
