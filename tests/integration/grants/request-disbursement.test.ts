import { beforeEach, describe, expect, it, vi } from "vitest";
import { requestDisbursement } from "@/lib/actions/disbursements/request-disbursement";
import { testDb } from "../../setup/test-database";
import { auditEventsOf } from "../members/session-user";
import { actAs, buildGrantsWorld, currentSession, newKey, sessions } from "./grants-world";

vi.mock("@/lib/auth/session", async () => ({
  getCurrentUser: async () => (await import("./grants-world")).currentSession(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

beforeEach(() => {
  sessions.current = null;
});

describe("requestDisbursement", () => {
  it("records a REQUESTED tranche for the operator, audits it and tells the officers", async () => {
    const world = await buildGrantsWorld();
    const result = await actAs(world.founder.user.id, () =>
      requestDisbursement({
        organisation: world.startup.slug,
        grantId: world.grant.id,
        bucketId: world.upfront.id,
        amount: "HK$1,234.50",
        purpose: "Cell-culture consumables, Q4 2026",
        idempotencyKey: newKey(),
      }),
    );
    expect(result.serverError).toBeUndefined();
    expect(result.data?.isDuplicate).toBe(false);
    const row = await testDb().disbursement.findUniqueOrThrow({
      where: { id: result.data!.disbursementId },
    });
    expect(row).toMatchObject({
      organisationId: world.operator.id,
      grantId: world.grant.id,
      bucketId: world.upfront.id,
      amountCents: 123_450n,
      status: "REQUESTED",
      requestedById: world.founder.user.id,
      version: 0,
    });
    const [event] = await auditEventsOf("disbursement.request", world.founder.user.id);
    expect(event).toMatchObject({ organisationId: world.startup.id, targetId: row.id });
    const notified = await testDb().notification.findMany({
      where: { kind: "DISBURSEMENT", link: `/${world.operator.slug}/disbursements/${row.id}` },
      select: { userId: true },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual(
      [world.officer.user.id, world.secondOfficer.user.id].sort(),
    );
    expect(currentSession()).toBeNull();
  });

  it("makes one row of 20 parallel submissions of one form", async () => {
    const world = await buildGrantsWorld();
    const key = newKey();
    const input = {
      organisation: world.startup.slug,
      grantId: world.grant.id,
      bucketId: world.subsidy.id,
      amount: "40,000",
      purpose: "Financial subsidy: December 2026 to February 2027",
      idempotencyKey: key,
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        actAs(world.founder.user.id, () => requestDisbursement(input)),
      ),
    );
    for (const result of results) expect(result.serverError).toBeUndefined();
    const ids = new Set(results.map((result) => result.data?.disbursementId));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.data?.isDuplicate === false)).toHaveLength(1);
    expect(
      await testDb().disbursement.count({
        where: { organisationId: world.operator.id, idempotencyKey: key },
      }),
    ).toBe(1);
    expect(await testDb().disbursement.count({ where: { grantId: world.grant.id } })).toBe(1);
    expect(await auditEventsOf("disbursement.request", world.founder.user.id)).toHaveLength(1);
    expect(
      await testDb().notification.count({
        where: { userId: world.officer.user.id, kind: "DISBURSEMENT" },
      }),
    ).toBe(1);
  }, 60_000);

  it("returns the first request when the form is sent again later, and refuses an edited resend", async () => {
    const world = await buildGrantsWorld();
    const input = {
      organisation: world.startup.slug,
      grantId: world.grant.id,
      bucketId: world.subsidy.id,
      amount: "40000.00",
      purpose: "Financial subsidy: Q1 2027",
      idempotencyKey: newKey(),
    };
    const first = await actAs(world.founder.user.id, () => requestDisbursement(input));
    // The co-founder's tab retried the same form after a timeout.
    const again = await actAs(world.cofounder.user.id, () => requestDisbursement(input));
    expect(again.data).toEqual({ disbursementId: first.data!.disbursementId, isDuplicate: true });
    const edited = await actAs(world.founder.user.id, () =>
      requestDisbursement({ ...input, amount: "45,000" }),
    );
    expect(edited.serverError).toMatchObject({ code: "CONFLICT" });
    expect(await testDb().disbursement.count({ where: { grantId: world.grant.id } })).toBe(1);
  });

  it("asks for the milestone of a gated bucket, and takes one ahead of its achievement", async () => {
    const world = await buildGrantsWorld();
    const base = {
      organisation: world.startup.slug,
      grantId: world.grant.id,
      bucketId: world.regulatory.id,
      amount: "320,000",
      purpose: "Regulatory consultant: FDA Type B briefing package",
    };
    const missing = await actAs(world.founder.user.id, () =>
      requestDisbursement({ ...base, idempotencyKey: newKey() }),
    );
    expect(missing.serverError).toMatchObject({ code: "INVALID" });
    expect((missing.serverError as { message: string }).message).toMatch(/regulatory milestone/);

    const ok = await actAs(world.founder.user.id, () =>
      requestDisbursement({
        ...base,
        gatingMilestoneId: world.preInd.id,
        idempotencyKey: newKey(),
      }),
    );
    expect(ok.serverError).toBeUndefined();
    expect(
      (await testDb().disbursement.findUniqueOrThrow({ where: { id: ok.data!.disbursementId } }))
        .gatingMilestoneId,
    ).toBe(world.preInd.id);
  });

  it("refuses more than the bucket has left, naming the bucket", async () => {
    const world = await buildGrantsWorld();
    const result = await actAs(world.founder.user.id, () =>
      requestDisbursement({
        organisation: world.startup.slug,
        grantId: world.grant.id,
        bucketId: world.subsidy.id,
        amount: "640,000.01",
        purpose: "More than the whole subsidy",
        idempotencyKey: newKey(),
      }),
    );
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect((result.serverError as { message: string }).message).toContain(
      "HK$640,000.01 is more than the HK$640,000.00 left in Financial subsidy",
    );
    expect(await testDb().disbursement.count({ where: { grantId: world.grant.id } })).toBe(0);
  });

  it("rejects malformed amounts as validation errors", async () => {
    const world = await buildGrantsWorld();
    const result = await actAs(world.founder.user.id, () =>
      requestDisbursement({
        organisation: world.startup.slug,
        grantId: world.grant.id,
        bucketId: world.subsidy.id,
        amount: "1,23,4",
        purpose: "Typo in the amount",
        idempotencyKey: newKey(),
      }),
    );
    expect(result.validationErrors).toBeDefined();
    expect(await testDb().disbursement.count({ where: { grantId: world.grant.id } })).toBe(0);
  });

  it("answers NOT_FOUND for another start-up's grant", async () => {
    const world = await buildGrantsWorld();
    const result = await actAs(world.otherFounder.user.id, () =>
      requestDisbursement({
        organisation: world.otherStartup.slug,
        grantId: world.grant.id,
        bucketId: world.subsidy.id,
        amount: "1,000",
        purpose: "Someone else's grant",
        idempotencyKey: newKey(),
      }),
    );
    expect(result.serverError).toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb().disbursement.count({ where: { grantId: world.grant.id } })).toBe(0);
  });
});
