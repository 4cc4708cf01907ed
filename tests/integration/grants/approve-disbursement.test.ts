import { beforeEach, describe, expect, it, vi } from "vitest";
import { approveDisbursement } from "@/lib/actions/disbursements/approve-disbursement";
import { db } from "@/lib/db";
import { createDisbursement, createGrantBucket } from "../../factories/grants";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { auditEventsOf } from "../members/session-user";
import {
  actAs,
  attachReceipt,
  buildGrantsWorld,
  committedInBucket,
  sessions,
  trancheOf,
} from "./grants-world";

// The app's pool is created on first use, so this sizes it for this file: one connection per
// approval, so all 50 run inside PostgreSQL at the same moment and contend for the grant's lock.
// (With the default 10, most would queue for a connection in Node instead: less concurrency,
// and on a loaded machine some give up after the pool's 5 s connect timeout.)
process.env.DATABASE_POOL_SIZE = "50";

vi.mock("@/lib/auth/session", async () => ({
  getCurrentUser: async () => (await import("./grants-world")).currentSession(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

beforeEach(() => {
  sessions.current = null;
});

/**
 * Opens the app pool's connections before a burst, as a running app has them: opening 50 at
 * once (each signs in as the app role) can take longer than the pool's 5 s connect timeout on
 * a busy machine, which would fail requests for a reason that has nothing to do with money.
 */
async function warmAppPool(size: number): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const opened = await Promise.allSettled(
      Array.from({ length: size }, () =>
        db.$transaction(async (tx) => tx.$queryRaw`select 1 as ok from pg_sleep(0.2)`),
      ),
    );
    const failed = opened.find((result) => result.status === "rejected");
    if (!failed) return;
    if (attempt === 4) throw failed.reason;
  }
}

function messageOf(result: { serverError?: unknown }): string {
  return (result.serverError as { message?: string } | undefined)?.message ?? "";
}

describe("approveDisbursement", () => {
  it("gives the first signature, bumps the versions, audits and tells both sides", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
      amountCents: 4_000_000n,
    });
    const result = await actAs(world.officer.user.id, () =>
      approveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 0,
      }),
    );
    expect(result.serverError).toBeUndefined();
    expect(await trancheOf(tranche.id)).toMatchObject({
      status: "APPROVED",
      approvedById: world.officer.user.id,
      version: 1,
    });
    expect(
      (await testDb().grantBucket.findUniqueOrThrow({ where: { id: world.subsidy.id } })).version,
    ).toBe(1);
    expect(await auditEventsOf("disbursement.approve", world.officer.user.id)).toHaveLength(1);
    const recipients = await testDb().notification.findMany({
      where: { kind: "DISBURSEMENT" },
      select: { userId: true },
    });
    expect(recipients.map((r) => r.userId).sort()).toEqual(
      [
        world.founder.user.id,
        world.cofounder.user.id,
        world.finance.user.id,
        world.secondFinance.user.id,
      ].sort(),
    );
  });

  it("refuses an approval made on a stale view with CONFLICT", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
    });
    const first = await actAs(world.officer.user.id, () =>
      approveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 0,
      }),
    );
    expect(first.serverError).toBeUndefined();
    // The second officer's page still shows version 0.
    const stale = await actAs(world.secondOfficer.user.id, () =>
      approveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 0,
      }),
    );
    expect(stale.serverError).toMatchObject({ code: "CONFLICT" });
    expect(messageOf(stale)).toMatch(/changed after you opened it/);
    expect(await trancheOf(tranche.id)).toMatchObject({
      approvedById: world.officer.user.id,
      version: 1,
    });
    expect(await auditEventsOf("disbursement.approve", world.secondOfficer.user.id)).toHaveLength(
      0,
    );
  });

  it("blocks a gated tranche until its milestone is ACHIEVED, naming the milestone", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.regulatory.id,
      gatingMilestoneId: world.preInd.id,
      requestedById: world.founder.user.id,
      amountCents: 32_000_000n,
    });
    await attachReceipt(world, tranche.id, world.founder.user.id);
    const approve = (version: number) =>
      actAs(world.officer.user.id, () =>
        approveDisbursement({
          organisation: world.operator.slug,
          disbursementId: tranche.id,
          version,
        }),
      );

    for (const status of ["IN_PROGRESS", "SUBMITTED", "DELAYED"] as const) {
      await testDb().milestone.update({ where: { id: world.preInd.id }, data: { status } });
      const blocked = await approve(0);
      expect(blocked.serverError).toMatchObject({ code: "CONFLICT" });
      expect(messageOf(blocked)).toContain('tied to the milestone "Pre-IND meeting held"');
      expect((await trancheOf(tranche.id)).status).toBe("REQUESTED");
    }

    await testDb().milestone.update({
      where: { id: world.preInd.id },
      data: { status: "ACHIEVED", achievedAt: new Date() },
    });
    const approved = await approve(0);
    expect(approved.serverError).toBeUndefined();
    expect((await trancheOf(tranche.id)).status).toBe("APPROVED");
  });

  it("needs a file for a proof-of-payment bucket", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.upfront.id,
      requestedById: world.founder.user.id,
    });
    const input = { organisation: world.operator.slug, disbursementId: tranche.id, version: 0 };
    const refused = await actAs(world.officer.user.id, () => approveDisbursement(input));
    expect(refused.serverError).toMatchObject({ code: "CONFLICT" });
    expect(messageOf(refused)).toMatch(/proof of payment/);
    await attachReceipt(world, tranche.id, world.founder.user.id);
    const approved = await actAs(world.officer.user.id, () => approveDisbursement(input));
    expect(approved.serverError).toBeUndefined();
  });

  it("never lets the requester approve their own tranche, even holding an officer's role", async () => {
    const world = await buildGrantsWorld();
    // The founder also works as a programme officer at the operator.
    await testDb().membership.create({
      data: {
        organisationId: world.operator.id,
        userId: world.founder.user.id,
        role: "PROGRAMME_OFFICER",
      },
    });
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
    });
    const result = await actAs(world.founder.user.id, () =>
      approveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 0,
      }),
    );
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(messageOf(result)).toMatch(/You requested this tranche/);
    expect(await trancheOf(tranche.id)).toMatchObject({ status: "REQUESTED", approvedById: null });
    expect(
      await testDb().auditEvent.count({
        where: { action: "access.denied", actorId: world.founder.user.id },
      }),
    ).toBe(1);
  });

  it("answers NOT_FOUND to another operator's officer", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
    });
    const result = await actAs(world.foreignOfficer.user.id, () =>
      approveDisbursement({
        organisation: world.otherOperator.slug,
        disbursementId: tranche.id,
        version: 0,
      }),
    );
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect((await trancheOf(tranche.id)).status).toBe("REQUESTED");
  });

  it("never overspends a bucket under 50 concurrent approvals by 50 officers", async () => {
    const world = await buildGrantsWorld();
    const db = testDb();
    // HK$100,000 cap; 50 requests of HK$3,000 each: at most 33 fit (HK$99,000).
    const bucket = await createGrantBucket(db, {
      grantId: world.grant.id,
      organisationId: world.operator.id,
      code: "RACE",
      name: "Race bucket",
      capCents: 10_000_000n,
    });
    const tranches = [];
    for (let index = 0; index < 50; index += 1) {
      tranches.push(
        await createDisbursement(db, {
          bucketId: bucket.id,
          requestedById: (index % 2 === 0 ? world.founder : world.cofounder).user.id,
          amountCents: 300_000n,
          idempotencyKey: `race-${index}`,
        }),
      );
    }
    const officerIds: string[] = [];
    for (let index = 0; index < 50; index += 1) {
      const officer = await createMember(db, {
        organisationId: world.operator.id,
        role: "PROGRAMME_OFFICER",
      });
      officerIds.push(officer.user.id);
    }

    await warmAppPool(50);
    const results = await Promise.all(
      tranches.map((tranche, index) =>
        actAs(officerIds[index]!, () =>
          approveDisbursement({
            organisation: world.operator.slug,
            disbursementId: tranche.id,
            version: 0,
          }),
        ),
      ),
    );

    const succeeded = results.filter((result) => result.data);
    const refused = results.filter((result) => result.serverError);
    expect(succeeded).toHaveLength(33);
    expect(refused).toHaveLength(17);
    for (const result of refused) {
      expect(result.serverError).toMatchObject({ code: "CONFLICT" });
      expect(messageOf(result)).toMatch(/left in Race bucket/);
    }
    expect(await committedInBucket(bucket.id)).toBe(9_900_000n);
    expect(
      await db.disbursement.count({ where: { bucketId: bucket.id, status: "APPROVED" } }),
    ).toBe(33);
    expect((await db.grantBucket.findUniqueOrThrow({ where: { id: bucket.id } })).version).toBe(33);
    expect(
      await db.auditEvent.count({
        where: { action: "disbursement.approve", targetId: { in: tranches.map((t) => t.id) } },
      }),
    ).toBe(33);
  }, 120_000);

  it("never overspends the grant total when buckets together allow more", async () => {
    const world = await buildGrantsWorld();
    const db = testDb();
    // A small grant whose two buckets each could take the whole of it.
    await db.grant.update({
      where: { id: world.grant.id },
      data: { approvedTotalCents: 650_000_000n - 50_000_000n },
    });
    const spare = await createGrantBucket(db, {
      grantId: world.grant.id,
      organisationId: world.operator.id,
      code: "SPARE",
      capCents: 600_000_000n,
    });
    // Commit all but HK$50,000 of the grant in the subsidy and upfront buckets.
    await createDisbursement(db, {
      bucketId: world.subsidy.id,
      requestedById: world.founder.user.id,
      amountCents: 64_000_000n,
      status: "PAID",
    });
    const receiptless = await createDisbursement(db, {
      bucketId: world.upfront.id,
      requestedById: world.founder.user.id,
      amountCents: 331_000_000n,
      status: "APPROVED",
    });
    expect(receiptless.status).toBe("APPROVED");
    await createDisbursement(db, {
      bucketId: world.regulatory.id,
      requestedById: world.founder.user.id,
      amountCents: 200_000_000n,
      status: "FINANCE_APPROVED",
      gatingMilestoneId: null,
    });
    const a = await createDisbursement(db, {
      bucketId: spare.id,
      requestedById: world.founder.user.id,
      amountCents: 3_000_000n,
    });
    const b = await createDisbursement(db, {
      bucketId: world.upfront.id,
      requestedById: world.cofounder.user.id,
      amountCents: 3_000_000n,
    });
    await attachReceipt(world, b.id, world.cofounder.user.id);

    const [first, second] = await Promise.all([
      actAs(world.officer.user.id, () =>
        approveDisbursement({
          organisation: world.operator.slug,
          disbursementId: a.id,
          version: 0,
        }),
      ),
      actAs(world.secondOfficer.user.id, () =>
        approveDisbursement({
          organisation: world.operator.slug,
          disbursementId: b.id,
          version: 0,
        }),
      ),
    ]);
    expect([first, second].filter((result) => result.data)).toHaveLength(1);
    const loser = [first, second].find((result) => result.serverError);
    expect(messageOf(loser ?? {})).toMatch(/left in the grant/);
    const total = await db.disbursement.aggregate({
      where: { grantId: world.grant.id, status: { in: ["APPROVED", "FINANCE_APPROVED", "PAID"] } },
      _sum: { amountCents: true },
    });
    expect(total._sum.amountCents).toBe(598_000_000n);
  });
});
