// The database's own guards on money (migration grant_money_invariants), tried directly as the
// owner, past every check of the app: a bug or a forgotten lock fails the transaction instead
// of overspending a grant or breaking maker-checker.
import { describe, expect, it } from "vitest";
import { createAttachment } from "../../factories/applications";
import {
  createDisbursement,
  createGrantBucket,
  createGrantWithBuckets,
} from "../../factories/grants";
import { createMilestone } from "../../factories/milestones";
import { testDb } from "../../setup/test-database";
import { buildGrantsWorld, committedInBucket } from "./grants-world";

const approval = (approvedById: string) => ({
  status: "APPROVED" as const,
  approvedById,
  approvedAt: new Date(),
  version: { increment: 1 },
});

describe("money invariants held by the database", () => {
  it("refuses a tranche signed by its own requester (CHECK constraint)", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.subsidy.id,
      requestedById: world.officer.user.id,
    });
    await expect(
      testDb().disbursement.update({
        where: { id: tranche.id },
        data: approval(world.officer.user.id),
      }),
    ).rejects.toThrow(/Disbursement_maker_checker/);
    await expect(
      createDisbursement(testDb(), {
        bucketId: world.subsidy.id,
        status: "FINANCE_APPROVED",
        requestedById: world.founder.user.id,
        approvedById: world.officer.user.id,
        financeApprovedById: world.officer.user.id,
      }),
    ).rejects.toThrow(/Disbursement_maker_checker/);
  });

  it("refuses approvals that together exceed a bucket's cap, even without the app's lock", async () => {
    const world = await buildGrantsWorld();
    const db = testDb();
    const bucket = await createGrantBucket(db, {
      grantId: world.grant.id,
      organisationId: world.operator.id,
      capCents: 1_000_000n,
    });
    const first = await createDisbursement(db, {
      bucketId: bucket.id,
      requestedById: world.founder.user.id,
      amountCents: 600_000n,
    });
    const second = await createDisbursement(db, {
      bucketId: bucket.id,
      requestedById: world.founder.user.id,
      amountCents: 600_000n,
    });
    // Two transactions approve one tranche each; each alone fits. Both wait before committing,
    // so their updates overlap: the commit-time check must still let only one through.
    const approveSlowly = (id: string, officerId: string) =>
      db.$transaction(async (tx) => {
        await tx.disbursement.update({ where: { id }, data: approval(officerId) });
        await tx.$queryRaw`select 1 as ok from pg_sleep(0.3)`;
      });
    const results = await Promise.allSettled([
      approveSlowly(first.id, world.officer.user.id),
      approveSlowly(second.id, world.secondOfficer.user.id),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((result) => result.status === "rejected");
    expect(String((failure as PromiseRejectedResult).reason)).toMatch(/above its cap/);
    expect(await committedInBucket(bucket.id)).toBe(600_000n);
  });

  it("refuses approvals beyond the grant's total, and a grant above its programme's cap", async () => {
    const world = await buildGrantsWorld();
    const db = testDb();
    await db.grant.update({
      where: { id: world.grant.id },
      data: { approvedTotalCents: 1_000_000n },
    });
    await expect(
      createDisbursement(db, {
        bucketId: world.subsidy.id,
        requestedById: world.founder.user.id,
        amountCents: 1_000_001n,
        status: "PAID",
      }),
    ).rejects.toThrow(/above the grant's/);
    await expect(
      db.grant.update({
        where: { id: world.grant.id },
        data: { approvedTotalCents: 600_000_001n },
      }),
    ).rejects.toThrow(/above its programme's cap/);
    await expect(
      db.programme.update({
        where: { id: world.programme.id },
        data: { fundingCapCents: 999_999n },
      }),
    ).rejects.toThrow(/below a grant already awarded/);
  });

  it("moves a tranche only along the status machine, and freezes paid ones", async () => {
    const world = await buildGrantsWorld();
    const db = testDb();
    const requested = await createDisbursement(db, {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
    });
    await expect(
      db.disbursement.update({
        where: { id: requested.id },
        data: {
          status: "PAID",
          paidById: world.finance.user.id,
          paidAt: new Date(),
          paymentReference: "X",
          approvedById: world.officer.user.id,
          approvedAt: new Date(),
          financeApprovedById: world.finance.user.id,
          financeApprovedAt: new Date(),
        },
      }),
    ).rejects.toThrow(/not a step of the tranche status machine/);
    await expect(
      db.disbursement.update({ where: { id: requested.id }, data: { amountCents: 1n } }),
    ).rejects.toThrow(/never change/);
    const paid = await createDisbursement(db, {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
      status: "PAID",
    });
    await expect(
      db.disbursement.update({ where: { id: paid.id }, data: { paymentReference: "CHANGED" } }),
    ).rejects.toThrow(/a paid tranche never changes/);
    await expect(
      db.disbursement.update({
        where: { id: paid.id },
        data: {
          status: "REJECTED",
          rejectedById: world.finance.user.id,
          rejectedAt: new Date(),
          rejectionReason: "No",
        },
      }),
    ).rejects.toThrow(/never changes/);
  });

  it("keeps each status's signatures filled in", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
    });
    await expect(
      testDb().disbursement.update({ where: { id: tranche.id }, data: { status: "REJECTED" } }),
    ).rejects.toThrow(/Disbursement_signatures_match_status/);
  });

  it("approves a gated tranche only once its milestone is achieved, a proof bucket only with a file", async () => {
    const world = await buildGrantsWorld();
    const db = testDb();
    const gated = await createDisbursement(db, {
      bucketId: world.regulatory.id,
      gatingMilestoneId: world.preInd.id,
      requestedById: world.founder.user.id,
    });
    await createAttachment(db, {
      organisationId: world.operator.id,
      disbursementId: gated.id,
      uploadedById: world.founder.user.id,
    });
    await expect(
      db.disbursement.update({ where: { id: gated.id }, data: approval(world.officer.user.id) }),
    ).rejects.toThrow(/only once its milestone is achieved/);
    await db.milestone.update({
      where: { id: world.preInd.id },
      data: { status: "ACHIEVED", achievedAt: new Date() },
    });
    await db.disbursement.update({
      where: { id: gated.id },
      data: approval(world.officer.user.id),
    });

    const noReceipt = await createDisbursement(db, {
      bucketId: world.upfront.id,
      requestedById: world.founder.user.id,
    });
    await expect(
      db.disbursement.update({
        where: { id: noReceipt.id },
        data: approval(world.officer.user.id),
      }),
    ).rejects.toThrow(/only with proof of payment attached/);
  });

  it("keeps a tranche's bucket in its grant and its milestone in the grant's enrolment", async () => {
    const world = await buildGrantsWorld();
    const db = testDb();
    const other = await createGrantWithBuckets(db, { organisationId: world.operator.id });
    // Raw SQL: Prisma's own create would report the foreign-key code without the message.
    await expect(
      db.$executeRaw`
        insert into "Disbursement" (id, "organisationId", "grantId", "bucketId", "amountCents", purpose, "idempotencyKey", "requestedById", "updatedAt")
        values ('wrong-bucket', ${world.operator.id}, ${world.grant.id}, ${other.buckets[0]!.id}, 100, 'Wrong bucket', 'wrong-bucket', ${world.founder.user.id}, now())`,
    ).rejects.toThrow(/is not a bucket of grant/);
    const foreignMilestone = await createMilestone(db, {
      organisationId: world.operator.id,
      category: "REGULATORY",
    });
    await expect(
      db.$executeRaw`
        insert into "Disbursement" (id, "organisationId", "grantId", "bucketId", "gatingMilestoneId", "amountCents", purpose, "idempotencyKey", "requestedById", "updatedAt")
        values ('wrong-gate', ${world.operator.id}, ${world.grant.id}, ${world.regulatory.id}, ${foreignMilestone.id}, 100, 'Wrong gate', 'wrong-gate', ${world.founder.user.id}, now())`,
    ).rejects.toThrow(/cannot gate a tranche/);
    expect(await db.disbursement.count({ where: { grantId: world.grant.id } })).toBe(0);
  });
});
