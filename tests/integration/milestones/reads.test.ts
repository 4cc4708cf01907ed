import { describe, expect, it } from "vitest";
import { getMilestoneDetail } from "@/lib/data/milestones/get-milestone-detail";
import { getMilestonePlan } from "@/lib/data/milestones/get-milestone-plan";
import { listMilestonePlans } from "@/lib/data/milestones/list-milestone-plans";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { daysFrom, hongKongDay } from "../../factories/sequence";
import { buildMilestoneWorld } from "./milestone-world";

describe("reading milestone plans", () => {
  it("shows the plan to the start-up, the officer and the assigned mentor only", async () => {
    const world = await buildMilestoneWorld();
    const milestone = await world.milestone("IN_PROGRESS");
    const read = (
      userId: string,
      organisationId: string,
      reach: Parameters<typeof getMilestonePlan>[0],
    ) =>
      runWithTenant({ userId, organisationId }, () => getMilestonePlan(reach, world.enrolment.id));

    const byFounder = await read(world.founder.user.id, world.startup.id, {
      side: "STARTUP",
      organisationId: world.startup.id,
    });
    expect(byFounder?.milestones.map((m) => m.id)).toEqual([milestone.id]);
    expect(byFounder?.templates.length).toBeGreaterThanOrEqual(9);
    const byOfficer = await read(world.officer.user.id, world.hkstp.id, {
      side: "OFFICER",
      organisationId: world.hkstp.id,
    });
    expect(byOfficer?.enrolment.mentors.map((m) => m.id)).toEqual([world.mentor.user.id]);
    const byMentor = await read(world.mentor.user.id, world.hkstp.id, {
      side: "MENTOR",
      organisationId: world.hkstp.id,
      userId: world.mentor.user.id,
    });
    expect(byMentor?.milestones).toHaveLength(1);

    expect(
      await read(world.otherMentor.user.id, world.hkstp.id, {
        side: "MENTOR",
        organisationId: world.hkstp.id,
        userId: world.otherMentor.user.id,
      }),
    ).toBeNull();
    expect(
      await read(world.cuhkOfficer.user.id, world.cuhk.id, {
        side: "OFFICER",
        organisationId: world.cuhk.id,
      }),
    ).toBeNull();
    expect(
      await read(world.otherFounder.user.id, world.otherStartup.id, {
        side: "STARTUP",
        organisationId: world.otherStartup.id,
      }),
    ).toBeNull();
    const detail = await runWithTenant(
      { userId: world.otherFounder.user.id, organisationId: world.otherStartup.id },
      () =>
        getMilestoneDetail(
          { side: "STARTUP", organisationId: world.otherStartup.id },
          world.enrolment.id,
          milestone.id,
        ),
    );
    expect(detail).toBeNull();
  });

  it("queues evidence to assess for the officer and sign-offs for the assigned mentor", async () => {
    const world = await buildMilestoneWorld();
    const today = hongKongDay();
    const waiting = await world.milestone("SUBMITTED", { requiresMentorSignOff: true });
    const late = await world.milestone("IN_PROGRESS", { dueOn: daysFrom(today, -2) });
    const soon = await world.milestone("PLANNED", { dueOn: daysFrom(today, 10) });
    await world.milestone("ACHIEVED", { dueOn: daysFrom(today, -30) });

    const officer = await runWithTenant(
      { userId: world.officer.user.id, organisationId: world.hkstp.id },
      () => listMilestonePlans({ side: "OFFICER", organisationId: world.hkstp.id }),
    );
    expect(officer.queue.waiting.map((m) => m.id)).toEqual([waiting.id]);
    expect(officer.queue.overdue.map((m) => m.id)).toEqual([late.id]);
    expect(officer.queue.dueSoon.map((m) => m.id)).toEqual([soon.id]);
    expect(officer.plans.find((p) => p.id === world.enrolment.id)?.summary).toMatchObject({
      total: 4,
      achieved: 1,
      overdue: 1,
      awaitingAssessment: 1,
    });

    const mentor = await runWithTenant(
      { userId: world.mentor.user.id, organisationId: world.hkstp.id },
      () =>
        listMilestonePlans({
          side: "MENTOR",
          organisationId: world.hkstp.id,
          userId: world.mentor.user.id,
        }),
    );
    expect(mentor.queue.waiting.map((m) => m.id)).toEqual([waiting.id]);
    const otherMentor = await runWithTenant(
      { userId: world.otherMentor.user.id, organisationId: world.hkstp.id },
      () =>
        listMilestonePlans({
          side: "MENTOR",
          organisationId: world.hkstp.id,
          userId: world.otherMentor.user.id,
        }),
    );
    expect(otherMentor.plans).toEqual([]);
    expect(otherMentor.queue.waiting).toEqual([]);
  });
});
