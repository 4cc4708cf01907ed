// The database's own limits on milestone writes, in SQL as the app role: which rows (row-level
// security) and which columns and statuses (the Milestone_write_guard trigger), so that a bug in
// an action cannot let a start-up accept its own milestone or a stranger sign one off.
import { describe, expect, it } from "vitest";
import { asTenant, attempt, visibleIds } from "../rls/app-role";
import { buildMilestoneWorld } from "./milestone-world";

describe("milestone writes, in SQL as the app role", () => {
  it("lets the start-up add planned milestones to its own plan only", async () => {
    const world = await buildMilestoneWorld();
    const tenant = { userId: world.founder.user.id, organisationId: world.startup.id };
    await asTenant(tenant, async (client) => {
      const insert = (enrolmentId: string, organisationId: string, status = "PLANNED") =>
        attempt(
          client,
          `insert into "Milestone" (id, "organisationId", "enrolmentId", category, title, "dueOn", status, "updatedAt")
           values (gen_random_uuid()::text, $1, $2, 'RESEARCH', 'Lead selected', '2027-01-01', $3::"MilestoneStatus", now())`,
          [organisationId, enrolmentId, status],
        );
      expect(await insert(world.enrolment.id, world.hkstp.id)).toMatchObject({ rowCount: 1 });
      expect((await insert(world.enrolment.id, world.hkstp.id, "ACHIEVED")).error?.code).toBe(
        "42501",
      );
      expect((await insert(world.cuhkEnrolment.id, world.cuhk.id)).error?.code).toBe("42501");
    });
  });

  it("never lets the start-up accept, mark missed, sign off or drop a sign-off requirement", async () => {
    const world = await buildMilestoneWorld();
    const submitted = await world.milestone("SUBMITTED", { requiresMentorSignOff: true });
    const achieved = await world.milestone("ACHIEVED");
    const tenant = { userId: world.founder.user.id, organisationId: world.startup.id };
    await asTenant(tenant, async (client) => {
      const update = (sql: string, id: string) =>
        attempt(client, `update "Milestone" set ${sql} where id = $1`, [id]);
      for (const change of [
        `status = 'ACHIEVED'`,
        `status = 'MISSED'`,
        `"requiresMentorSignOff" = false`,
        `"mentorSignedOffAt" = now(), "mentorSignedOffById" = '${world.founder.user.id}'`,
        `"assessmentComment" = 'Looks good to us'`,
      ]) {
        expect((await update(change, submitted.id)).error?.code, change).toBe("42501");
      }
      expect((await update(`title = 'Rewritten history'`, achieved.id)).error?.code).toBe("42501");
      // Moving a closed milestone in the plan is fine; so is reporting progress.
      expect(await update(`position = 9`, achieved.id)).toMatchObject({ rowCount: 1 });
      expect(await update(`status = 'IN_PROGRESS'`, submitted.id)).toMatchObject({ rowCount: 1 });
    });
  });

  it("lets the start-up delete only planned milestones, and never write the timeline as someone else", async () => {
    const world = await buildMilestoneWorld();
    const planned = await world.milestone("PLANNED");
    const started = await world.milestone("IN_PROGRESS");
    const tenant = { userId: world.founder.user.id, organisationId: world.startup.id };
    await asTenant(tenant, async (client) => {
      expect(
        await attempt(client, `delete from "Milestone" where id = $1`, [started.id]),
      ).toMatchObject({
        rowCount: 0,
      });
      expect(
        await attempt(client, `delete from "Milestone" where id = $1`, [planned.id]),
      ).toMatchObject({
        rowCount: 1,
      });
      const forged = await attempt(
        client,
        `insert into "MilestoneStatusChange" (id, "organisationId", "milestoneId", "toStatus", "actorId", "updatedAt")
         values ('forged', $1, $2, 'ACHIEVED', $3, now())`,
        [world.hkstp.id, started.id, world.officer.user.id],
      );
      expect(forged.error?.code).toBe("42501");
    });
  });

  it("accepts only after a sign-off by a mentor assigned to the start-up, in their own name", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("SUBMITTED", { requiresMentorSignOff: true });
    const officer = { userId: world.officer.user.id, organisationId: world.hkstp.id };
    await asTenant(officer, async (client) => {
      const accept = await attempt(
        client,
        `update "Milestone" set status = 'ACHIEVED' where id = $1`,
        [milestone.id],
      );
      expect(accept.error?.code).toBe("23514");
      const forSomeoneElse = await attempt(
        client,
        `update "Milestone" set "mentorSignedOffById" = $2, "mentorSignedOffAt" = now() where id = $1`,
        [milestone.id, world.mentor.user.id],
      );
      expect(forSomeoneElse.error?.code).toBe("42501");
    });
    const unassigned = { userId: world.otherMentor.user.id, organisationId: world.hkstp.id };
    await asTenant(unassigned, async (client) => {
      const signOff = await attempt(
        client,
        `update "Milestone" set "mentorSignedOffById" = $2, "mentorSignedOffAt" = now() where id = $1`,
        [milestone.id, world.otherMentor.user.id],
      );
      expect(signOff.error?.code).toBe("42501");
    });
    const assigned = { userId: world.mentor.user.id, organisationId: world.hkstp.id };
    await asTenant(
      assigned,
      async (client) => {
        const signOff = await attempt(
          client,
          `update "Milestone" set "mentorSignedOffById" = $2, "mentorSignedOffAt" = now() where id = $1`,
          [milestone.id, world.mentor.user.id],
        );
        expect(signOff).toMatchObject({ rowCount: 1 });
      },
      { commit: true },
    );
    await asTenant(officer, async (client) => {
      expect(
        await attempt(client, `update "Milestone" set status = 'ACHIEVED' where id = $1`, [
          milestone.id,
        ]),
      ).toMatchObject({ rowCount: 1 });
    });
  });

  it("keeps the timeline append-only and each side's milestones to itself", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("PLANNED");
    const officer = { userId: world.officer.user.id, organisationId: world.hkstp.id };
    await asTenant(
      officer,
      async (client) => {
        await client.query(
          `insert into "MilestoneStatusChange" (id, "organisationId", "milestoneId", "toStatus", "actorId", "updatedAt")
           values ('change-1', $1, $2, 'IN_PROGRESS', $3, now())`,
          [world.hkstp.id, milestone.id, world.officer.user.id],
        );
        const rewrite = await attempt(
          client,
          `update "MilestoneStatusChange" set reason = 'edited' where id = 'change-1'`,
        );
        expect(rewrite.error?.code).toBe("42501");
        const erase = await attempt(
          client,
          `delete from "MilestoneStatusChange" where id = 'change-1'`,
        );
        expect(erase.error?.code).toBe("42501");
      },
      { commit: true },
    );
    await asTenant(
      { userId: world.founder.user.id, organisationId: world.startup.id },
      async (client) => {
        expect(await visibleIds(client, "MilestoneStatusChange")).toEqual(["change-1"]);
      },
    );
    await asTenant(
      { userId: world.otherFounder.user.id, organisationId: world.otherStartup.id },
      async (client) => {
        expect(await visibleIds(client, "MilestoneStatusChange")).toEqual([]);
        expect(await visibleIds(client, "Milestone")).toEqual([]);
      },
    );
    await asTenant(
      { userId: world.cuhkOfficer.user.id, organisationId: world.cuhk.id },
      async (client) => {
        expect(await visibleIds(client, "Milestone")).toEqual([]);
        expect(await visibleIds(client, "MilestoneStatusChange")).toEqual([]);
      },
    );
  });
});
