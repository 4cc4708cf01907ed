import { describe, expect, it } from "vitest";
import { getStartupMemberHome } from "@/lib/data/homes/startup-member-home";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import {
  createApplication,
  createApplicationMessage,
  createAttachment,
} from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createActionItem, createCoachingSession } from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { createDisbursement, createGrantWithBuckets } from "../../factories/grants";
import { createMilestone } from "../../factories/milestones";
import { createOperator, createStartup } from "../../factories/organisations";
import { createProgramme } from "../../factories/programmes";
import { daysFrom, hongKongDay } from "../../factories/sequence";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

const NOW = new Date();
const TODAY = hongKongDay(NOW);

/** Pok Fu Lam with a funded enrolment and a bit of everything; Cyberport Bio as the neighbour. */
async function buildStartupWorld(name: string, hkstpId?: string) {
  const db = testDb();
  const operatorId = hkstpId ?? (await createOperator(db)).id;
  const programme = await createProgramme(db, { organisationId: operatorId });
  const startup = await createStartup(db, { name });
  const founder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const enrolment = await createEnrolment(db, {
    organisationId: operatorId,
    programmeId: programme.id,
    startupId: startup.id,
  });
  const { grant, buckets } = await createGrantWithBuckets(db, {
    organisationId: operatorId,
    enrolmentId: enrolment.id,
  });
  const [subsidy, upfront] = buckets;
  if (!subsidy || !upfront) throw new Error("Incu-Bio buckets expected");
  const tranche = (
    bucketId: string,
    status: "REQUESTED" | "APPROVED" | "FINANCE_APPROVED" | "PAID" | "REJECTED",
    amountCents: bigint,
  ) => createDisbursement(db, { bucketId, status, amountCents, requestedById: founder.user.id });
  await tranche(subsidy.id, "PAID", 20_000_000n);
  await tranche(subsidy.id, "REQUESTED", 5_000_000n);
  await tranche(subsidy.id, "REJECTED", 9_000_000n);
  await tranche(upfront.id, "APPROVED", 30_000_000n);
  await tranche(upfront.id, "FINANCE_APPROVED", 10_000_000n);
  const noReceipt = await tranche(upfront.id, "REQUESTED", 1_500_000n);
  const withReceipt = await tranche(upfront.id, "REQUESTED", 2_500_000n);
  await createAttachment(db, {
    organisationId: operatorId,
    disbursementId: withReceipt.id,
    kind: "PAYMENT_PROOF",
    uploadedById: founder.user.id,
  });

  const milestone = (
    title: string,
    status: "PLANNED" | "IN_PROGRESS" | "SUBMITTED" | "ACHIEVED" | "DELAYED",
    days: number,
  ) =>
    createMilestone(db, {
      organisationId: operatorId,
      enrolmentId: enrolment.id,
      title: `${name}: ${title}`,
      status,
      dueOn: daysFrom(TODAY, days),
    });
  const overdue = await milestone("Tox report", "DELAYED", -3);
  const soon = await milestone("Pre-IND meeting", "IN_PROGRESS", 10);
  const waiting = await milestone("CMC package", "SUBMITTED", -1);
  const later = await milestone("First patient dosed", "PLANNED", 120);
  await milestone("Seed round", "ACHIEVED", -30);

  const past = await createCoachingSession(db, {
    organisationId: operatorId,
    enrolmentId: enrolment.id,
    status: "LOGGED",
    startsAt: daysFrom(NOW, -6),
  });
  const next = await createCoachingSession(db, {
    organisationId: operatorId,
    enrolmentId: enrolment.id,
    startsAt: daysFrom(NOW, 4),
  });
  const ownItem = await createActionItem(db, {
    coachingSessionId: past.id,
    description: `${name}: send the TPP`,
    dueOn: daysFrom(TODAY, -1),
  });
  const mentorItem = await createActionItem(db, {
    coachingSessionId: past.id,
    ownerSide: "MENTOR",
    description: `${name}: intro to a CDMO`,
  });
  await createActionItem(db, { coachingSessionId: past.id, status: "DONE" });

  const closingCall = await createCall(db, {
    organisationId: operatorId,
    closesAt: daysFrom(NOW, 3),
  });
  const draft = await createApplication(db, {
    organisationId: operatorId,
    callId: closingCall.id,
    startupId: startup.id,
    createdById: founder.user.id,
  });
  const asked = await createApplication(db, {
    organisationId: operatorId,
    startupId: startup.id,
    createdById: founder.user.id,
    status: "SCREENING",
  });
  await createApplicationMessage(db, { organisationId: operatorId, applicationId: asked.id });
  const answered = await createApplication(db, {
    organisationId: operatorId,
    startupId: startup.id,
    createdById: founder.user.id,
    status: "IN_REVIEW",
  });
  await createApplicationMessage(db, {
    organisationId: operatorId,
    applicationId: answered.id,
    createdAt: daysFrom(NOW, -2),
  });
  await createApplicationMessage(db, {
    organisationId: operatorId,
    applicationId: answered.id,
    kind: "CLARIFICATION_REPLY",
    authorId: founder.user.id,
  });

  return {
    operatorId,
    startup,
    founder,
    enrolment,
    grant,
    subsidy,
    upfront,
    noReceipt,
    withReceipt,
    overdue,
    soon,
    waiting,
    later,
    past,
    next,
    ownItem,
    mentorItem,
    draft,
    asked,
    answered,
  };
}

const homeOf = (world: Awaited<ReturnType<typeof buildStartupWorld>>) =>
  runWithTenant({ userId: world.founder.user.id, organisationId: world.startup.id }, () =>
    getStartupMemberHome(world.startup.id, NOW),
  );

describe("start-up home", () => {
  it("gives each bucket's awarded, paid, pending and remaining amounts as the database sums them", async () => {
    const world = await buildStartupWorld("Pok Fu Lam Cell");
    const home = await homeOf(world);
    const grant = home.grants[0];
    expect(home.grants).toHaveLength(1);
    const sums = await testDb().$queryRawUnsafe<
      { bucketId: string; cap: bigint; paid: bigint; pending: bigint; committed: bigint }[]
    >(
      `select b.id as "bucketId", b."capCents" as cap,
         coalesce(sum(d."amountCents") filter (where d.status = 'PAID'), 0)::bigint as paid,
         coalesce(sum(d."amountCents") filter (where d.status in ('REQUESTED', 'APPROVED', 'FINANCE_APPROVED')), 0)::bigint as pending,
         coalesce(sum(d."amountCents") filter (where d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID')), 0)::bigint as committed
       from "GrantBucket" b left join "Disbursement" d on d."bucketId" = b.id
       where b."grantId" = $1 group by b.id`,
      world.grant.id,
    );
    expect(grant?.buckets).toHaveLength(sums.length);
    for (const bucket of grant?.buckets ?? []) {
      const row = sums.find((sum) => sum.bucketId === bucket.id);
      expect(bucket.capCents).toBe(row?.cap);
      expect(bucket.paidCents).toBe(row?.paid);
      expect(bucket.pendingCents).toBe(row?.pending);
      expect(bucket.remainingCents).toBe((row?.cap ?? 0n) - (row?.committed ?? 0n));
    }
    const subsidy = grant?.buckets.find((bucket) => bucket.id === world.subsidy.id);
    expect(subsidy).toMatchObject({
      paidCents: 20_000_000n,
      pendingCents: 5_000_000n,
      remainingCents: 64_000_000n - 20_000_000n,
    });
  });

  it("lists open milestones soonest first with counts, action items, sessions and what to do next", async () => {
    const world = await buildStartupWorld("Pok Fu Lam Cell");
    const home = await homeOf(world);
    expect(home.milestones.map((m) => m.id)).toEqual([
      world.overdue.id,
      world.waiting.id,
      world.soon.id,
      world.later.id,
    ]);
    expect(home.openMilestoneCount).toBe(4);
    // Evidence already submitted is waiting on the officer: not the start-up's overdue.
    expect(home.overdueMilestoneCount).toBe(1);
    expect(home.actionItems.map((i) => i.id)).toEqual([world.ownItem.id, world.mentorItem.id]);
    expect(home.actionItemCount).toBe(2);
    expect(home.sessions.map((s) => s.id)).toEqual([world.next.id]);
    expect(home.upcomingSessionCount).toBe(1);
    expect(home.sessionsToConfirm.map((s) => s.id)).toEqual([world.past.id]);
    expect(home.applicationCount).toBe(3);

    const steps = home.nextSteps.map((step) => [step.kind, step.id]);
    expect(steps).toEqual([
      ["DRAFT_DUE", world.draft.id],
      ["CLARIFICATION", world.asked.id],
      ["EVIDENCE", world.overdue.id],
      ["EVIDENCE", world.soon.id],
      ["RECEIPT", world.noReceipt.id],
      ["CONFIRM_SESSION", world.past.id],
    ]);
    // The answered clarification and the tranche with its receipt ask nothing more.
    expect(steps.map(([, id]) => id)).not.toContain(world.answered.id);
    expect(steps.map(([, id]) => id)).not.toContain(world.withReceipt.id);
  });

  it("shows a founder only their own start-up's records", async () => {
    const world = await buildStartupWorld("Pok Fu Lam Cell");
    const neighbour = await buildStartupWorld("Cyberport Bio", world.operatorId);
    const home = await homeOf(world);
    const text = JSON.stringify(home, (_key, value: unknown) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    expect(text).not.toContain("Cyberport Bio");
    expect(home.grants.map((g) => g.id)).toEqual([world.grant.id]);
    // Naming the neighbour's id while signed in as Pok Fu Lam: row-level security shows nothing.
    const spoofed = await runWithTenant(
      { userId: world.founder.user.id, organisationId: world.startup.id },
      () => getStartupMemberHome(neighbour.startup.id, NOW),
    );
    expect(spoofed.grants).toEqual([]);
    expect(spoofed.milestones).toEqual([]);
    expect(spoofed.applications).toEqual([]);
    expect(spoofed.nextSteps).toEqual([]);
    expect(spoofed.actionItemCount).toBe(0);
  });
});
