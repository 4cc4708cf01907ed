import { describe, expect, it } from "vitest";
import { sendMilestoneReminders } from "@/lib/jobs/milestone-reminders";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone } from "../../factories/milestones";
import { daysFrom, hongKongDay } from "../../factories/sequence";
import { testDb } from "../../setup/test-database";
import { buildMilestoneWorld, milestoneOf, noticesFor } from "./milestone-world";

const DAY = 86_400_000;

describe("sendMilestoneReminders", () => {
  it("reminds the right people once a day, by stage, and never twice", async () => {
    const world = await buildMilestoneWorld();
    const now = new Date();
    const today = hongKongDay(now);
    const dueIn = (days: number) => daysFrom(today, days);
    const dueSoon = await world.milestone("IN_PROGRESS", {
      dueOn: dueIn(5),
      title: "GLP tox report",
    });
    const later = await world.milestone("PLANNED", { dueOn: dueIn(30) });
    const achieved = await world.milestone("ACHIEVED", { dueOn: dueIn(-1) });
    const missed = await world.milestone("MISSED", { dueOn: dueIn(-10) });
    const waiting = await world.milestone("SUBMITTED", {
      dueOn: dueIn(-3),
      title: "Pre-IND meeting held",
    });
    const alreadyToday = await world.milestone("DELAYED", { dueOn: dueIn(-2), remindedAt: now });
    const ended = await createEnrolment(testDb(), {
      organisationId: world.hkstp.id,
      startupId: world.startup.id,
      status: "GRADUATED",
    });
    const ofEndedEnrolment = await createMilestone(testDb(), {
      organisationId: world.hkstp.id,
      enrolmentId: ended.id,
      status: "IN_PROGRESS",
      dueOn: dueIn(-1),
    });

    // Two runs at once: each milestone is claimed by one of them only.
    const [first, second] = await Promise.all([
      sendMilestoneReminders(now),
      sendMilestoneReminders(now),
    ]);
    expect(first.reminded + second.reminded).toBe(2);

    const people = [
      world.founder.user.id,
      world.cofounder.user.id,
      world.officer.user.id,
      world.secondOfficer.user.id,
      world.mentor.user.id,
      world.admin.user.id,
    ];
    const notices = await noticesFor(people);
    expect(notices.map((n) => [n.userId, n.title]).sort()).toEqual(
      [
        [world.founder.user.id, "Due in 5 days: GLP tox report"],
        [world.cofounder.user.id, "Due in 5 days: GLP tox report"],
        [world.officer.user.id, "Evidence waiting: Pre-IND meeting held"],
        [world.secondOfficer.user.id, "Evidence waiting: Pre-IND meeting held"],
      ].sort(),
    );
    expect(notices.find((n) => n.userId === world.founder.user.id)).toMatchObject({
      organisationId: world.hkstp.id,
      link: `/${world.startup.slug}/milestones/${world.enrolment.id}/${dueSoon.id}`,
    });
    expect((await milestoneOf(dueSoon.id)).remindedAt).toEqual(now);
    expect((await milestoneOf(waiting.id)).remindedAt).toEqual(now);
    for (const untouched of [later, achieved, missed, ofEndedEnrolment]) {
      expect((await milestoneOf(untouched.id)).remindedAt).toBeNull();
    }
    expect((await milestoneOf(alreadyToday.id)).remindedAt).toEqual(alreadyToday.remindedAt);
    const audit = await testDb().auditEvent.findMany({
      where: { action: "milestone.remind", targetId: { in: [dueSoon.id, waiting.id] } },
    });
    expect(audit).toHaveLength(2);
    expect(
      audit.every((event) => event.actorId === null && event.organisationId === world.hkstp.id),
    ).toBe(true);

    // Again the same day: nothing.
    expect(await sendMilestoneReminders(new Date(now.getTime() + 60_000))).toEqual({ reminded: 0 });
    // The next day: same stages, nothing new (the delayed one was reminded yesterday, so waits a week).
    expect(await sendMilestoneReminders(new Date(now.getTime() + DAY))).toEqual({ reminded: 0 });
    expect(await noticesFor(people)).toHaveLength(4);

    // Four days on, the first is due tomorrow: a new stage, one more reminder to each founder.
    const fourDaysOn = new Date(now.getTime() + 4 * DAY);
    const run = await sendMilestoneReminders(fourDaysOn);
    expect(run.reminded).toBe(1);
    const founderNotices = await noticesFor([world.founder.user.id]);
    expect(founderNotices.map((n) => n.title)).toEqual([
      "Due in 5 days: GLP tox report",
      "Due tomorrow: GLP tox report",
    ]);
    // A week on: the delayed and the waiting one (overdue since the first run) are reminded
    // again, and the first is now overdue, a new stage.
    expect(await sendMilestoneReminders(new Date(now.getTime() + 7 * DAY))).toEqual({
      reminded: 3,
    });
  });

  it("leaves out deactivated people", async () => {
    const world = await buildMilestoneWorld();
    const now = new Date();
    await world.milestone("PLANNED", {
      dueOn: daysFrom(hongKongDay(now), 10),
      title: "Series A closed",
    });
    await testDb().user.update({
      where: { id: world.cofounder.user.id },
      data: { deactivatedAt: new Date() },
    });
    await sendMilestoneReminders(now);
    const notices = await noticesFor([world.founder.user.id, world.cofounder.user.id]);
    expect(notices.map((n) => n.userId)).toEqual([world.founder.user.id]);
  });
});
