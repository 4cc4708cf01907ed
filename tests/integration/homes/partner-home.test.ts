import { describe, expect, it } from "vitest";
import { getPartnerMemberHome } from "@/lib/data/homes/partner-member-home";
import { hongKongMonthWindow } from "@/lib/data/homes/partner-member-home-months";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createCoachingSession } from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone } from "../../factories/milestones";
import { createStartup } from "../../factories/organisations";
import { daysFrom, hongKongDay } from "../../factories/sequence";
import { testDb } from "../../setup/test-database";
import { buildPartnerWorld } from "../partner/partner-world";

const NOW = new Date("2026-11-22T02:00:00Z"); // 10:00 in Hong Kong

/**
 * AstraZeneca's programme has Ma On Shan (the partner world) and Tai Po, which never shares;
 * Boehringer's programme has Sai Kung. Ma On Shan gets milestones achieved across several
 * Hong Kong months (one on a month boundary), upcoming ones and a shared coaching session.
 */
async function buildWorld() {
  const world = await buildPartnerWorld();
  const db = testDb();
  const at = (iso: string) => new Date(iso);
  const milestone = (data: Parameters<typeof createMilestone>[1]) =>
    createMilestone(db, {
      organisationId: world.hkstp.id,
      enrolmentId: world.enrolment.id,
      ...data,
    });
  // 1 Nov 2026 00:30 in Hong Kong is still October in UTC: it counts for November.
  await milestone({
    title: "GMP batch released",
    status: "ACHIEVED",
    achievedAt: at("2026-10-31T16:30:00Z"),
    dueOn: at("2026-10-31T00:00:00Z"),
  });
  await milestone({
    title: "Pre-IND package drafted",
    status: "ACHIEVED",
    achievedAt: at("2026-06-10T04:00:00Z"),
    dueOn: at("2026-06-30T00:00:00Z"),
  });
  // Thirteen months ago: outside the twelve-month window.
  await milestone({
    title: "Seed round closed",
    status: "ACHIEVED",
    achievedAt: at("2025-10-15T04:00:00Z"),
    dueOn: at("2025-10-31T00:00:00Z"),
  });
  const dueSoon = await milestone({
    title: "First patient dosed",
    status: "IN_PROGRESS",
    dueOn: at("2026-12-15T00:00:00Z"),
  });
  await milestone({ title: "Overdue tox report", status: "DELAYED", dueOn: at("2026-11-01") });
  // 61 days ahead: beyond the 60-day horizon.
  await milestone({ title: "Far away", dueOn: daysFrom(hongKongDay(NOW), 61) });

  const taiPo = await createStartup(db, { name: "Tai Po Antibodies" });
  const taiPoEnrolment = await createEnrolment(db, {
    organisationId: world.hkstp.id,
    programmeId: world.azProgramme.id,
    startupId: taiPo.id,
  });
  const secret = await createMilestone(db, {
    organisationId: world.hkstp.id,
    enrolmentId: taiPoEnrolment.id,
    title: "Tai Po secret milestone",
    status: "ACHIEVED",
    achievedAt: at("2026-11-10T04:00:00Z"),
    dueOn: at("2026-12-01T00:00:00Z"),
  });
  const taiPoSession = await createCoachingSession(db, {
    organisationId: world.hkstp.id,
    enrolmentId: taiPoEnrolment.id,
    status: "LOGGED",
    sharedNotes: "Tai Po private coaching",
    startsAt: at("2026-11-20T03:00:00Z"),
  });
  return { ...world, dueSoon, taiPo, taiPoEnrolment, secret, taiPoSession };
}

type World = Awaited<ReturnType<typeof buildWorld>>;
const homeOf = (world: World) =>
  runWithTenant(world.azTenant, () => getPartnerMemberHome(world.az.id, NOW));

/** Independent count: milestones of start-ups sharing MILESTONES with `partnerId` now. */
async function sharedMilestoneCount(partnerId: string, where: string) {
  const [row] = await testDb().$queryRawUnsafe<{ n: number }[]>(
    `select count(*)::int as n from "Milestone" m
     join "Enrolment" e on e.id = m."enrolmentId"
     join "DataSharingConsent" c on c."programmeId" = e."programmeId" and c."startupId" = e."startupId"
       and c."partnerId" = $1 and c.category = 'MILESTONES' and c."withdrawnAt" is null
     where ${where}`,
    partnerId,
  );
  return row?.n ?? 0;
}

describe("partner home", () => {
  it("shows no milestone figure of a start-up that shares nothing", async () => {
    const world = await buildWorld();
    const home = await homeOf(world);
    expect(home.totals).toEqual({
      activeStartups: 2,
      sharingStartups: 0,
      openMilestones: 0,
      overdueMilestones: 0,
      achievedLastYear: 0,
    });
    expect(home.progress.every((month) => month.achieved === 0 && month.due === 0)).toBe(true);
    expect(home.upcoming).toEqual([]);
    expect(home.updates).toEqual([]);
    expect(home.startups.map((s) => [s.name, s.milestoneProgress])).toEqual(
      expect.arrayContaining([
        [world.maOnShan.name, null],
        ["Tai Po Antibodies", null],
      ]),
    );
    // Boehringer's start-up is not in AstraZeneca's cohort at all.
    expect(home.startups.map((s) => s.startupId)).not.toContain(world.saiKung.id);
    expect(home.programmes.map((p) => p.id)).toEqual([world.azProgramme.id]);
  });

  it("counts only consented milestones, by Hong Kong month, and matches the database", async () => {
    const world = await buildWorld();
    await world.share("MILESTONES");
    const home = await homeOf(world);

    const window = hongKongMonthWindow(NOW, 12);
    expect(home.progress.map((month) => month.month)).toEqual(window.months);
    expect(home.progress.at(-1)?.month).toBe("2026-11");
    expect(home.progress.find((m) => m.month === "2026-11")?.achieved).toBe(1);
    expect(home.progress.find((m) => m.month === "2026-10")?.achieved).toBe(0);
    expect(home.progress.find((m) => m.month === "2026-06")?.achieved).toBe(1);
    // Tai Po's achievement in November never counts.
    const achievedInWindow = home.progress.reduce((sum, m) => sum + m.achieved, 0);
    expect(achievedInWindow).toBe(
      await sharedMilestoneCount(
        world.az.id,
        `m.status = 'ACHIEVED' and m."achievedAt" >= '${window.from.toISOString()}'`,
      ),
    );
    expect(home.totals.achievedLastYear).toBe(achievedInWindow);
    const dueInWindow = home.progress.reduce((sum, m) => sum + m.due, 0);
    expect(dueInWindow).toBe(
      await sharedMilestoneCount(
        world.az.id,
        `m."dueOn" >= '${window.firstDay.toISOString().slice(0, 10)}' and m."dueOn" < '${window.endDay.toISOString().slice(0, 10)}'`,
      ),
    );
    expect(home.totals.openMilestones).toBe(
      await sharedMilestoneCount(world.az.id, `m.status not in ('ACHIEVED', 'MISSED')`),
    );
    expect(home.totals.overdueMilestones).toBe(
      await sharedMilestoneCount(
        world.az.id,
        `m.status not in ('ACHIEVED', 'MISSED') and m."dueOn" < '2026-11-22'`,
      ),
    );
    expect(home.totals.sharingStartups).toBe(1);

    // Next 60 days, soonest first, only the sharing start-up's.
    expect(home.upcoming.map((m) => m.title)).toEqual(["First patient dosed"]);
    expect(home.upcomingTotal).toBe(1);
    expect(home.upcoming[0]?.startupId).toBe(world.maOnShan.id);

    const maOnShan = home.startups.find((s) => s.startupId === world.maOnShan.id);
    expect(maOnShan?.milestoneProgress).toEqual({
      total: await sharedMilestoneCount(world.az.id, `e.id = '${world.enrolment.id}'`),
      achieved: 3,
      overdue: 1,
    });
    expect(home.startups.find((s) => s.startupId === world.taiPo.id)?.milestoneProgress).toBe(null);
    // Updates: the sharing start-up's achievements and submitted evidence, never Tai Po's.
    expect(home.updates.map((u) => u.title)).toEqual([
      "GMP batch released",
      "Pre-IND package drafted",
      "Seed round closed",
    ]);
    expect(JSON.stringify(home)).not.toContain("Tai Po secret milestone");
  });

  it("lists coaching summaries only under a coaching consent, and a withdrawal hides everything", async () => {
    const world = await buildWorld();
    await world.share("COACHING_SUMMARIES");
    let home = await homeOf(world);
    expect(home.updates).toEqual([
      expect.objectContaining({ kind: "COACHING_SUMMARY", id: world.session.id }),
    ]);
    expect(home.updates.map((u) => u.id)).not.toContain(world.taiPoSession.id);
    expect(home.totals.sharingStartups).toBe(0);

    const consent = await world.share("MILESTONES");
    expect((await homeOf(world)).totals.sharingStartups).toBe(1);
    await testDb().dataSharingConsent.update({
      where: { id: consent.id },
      data: { withdrawnAt: new Date() },
    });
    home = await homeOf(world);
    expect(home.totals.sharingStartups).toBe(0);
    expect(home.upcoming).toEqual([]);
    expect(home.updates.every((u) => u.kind === "COACHING_SUMMARY")).toBe(true);
  });

  it("shows another partner's cohort to nobody else", async () => {
    const world = await buildWorld();
    await world.share("MILESTONES");
    const biHome = await runWithTenant(world.biTenant, () =>
      getPartnerMemberHome(world.bi.id, NOW),
    );
    expect(biHome.programmes.map((p) => p.id)).toEqual([world.biProgramme.id]);
    expect(biHome.startups.map((s) => s.startupId)).toEqual([world.saiKung.id]);
    expect(biHome.totals.sharingStartups).toBe(0);
    // A partner naming another partner's id gets nothing: row-level security answers for AZ.
    const spoofed = await runWithTenant(world.biTenant, () =>
      getPartnerMemberHome(world.az.id, NOW),
    );
    expect(spoofed.upcoming).toEqual([]);
    expect(spoofed.updates).toEqual([]);
    expect(spoofed.totals.openMilestones).toBe(0);
  });
});
