import { beforeEach, describe, expect, it, vi } from "vitest";
import { approveDisbursement } from "@/lib/actions/disbursements/approve-disbursement";
import { financeApproveDisbursement } from "@/lib/actions/disbursements/finance-approve-disbursement";
import { markDisbursementPaid } from "@/lib/actions/disbursements/mark-disbursement-paid";
import { rejectDisbursement } from "@/lib/actions/disbursements/reject-disbursement";
import { hongKongToday } from "@/lib/domain/dates";
import { createDisbursement } from "../../factories/grants";
import { testDb } from "../../setup/test-database";
import { auditEventsOf } from "../members/session-user";
import { actAs, buildGrantsWorld, committedInBucket, sessions, trancheOf } from "./grants-world";

vi.mock("@/lib/auth/session", async () => ({
  getCurrentUser: async () => (await import("./grants-world")).currentSession(),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

beforeEach(() => {
  sessions.current = null;
});

const today = () => hongKongToday().toISOString().slice(0, 10);

function messageOf(result: { serverError?: unknown }): string {
  return (result.serverError as { message?: string } | undefined)?.message ?? "";
}

/** A subsidy tranche the world's officer has approved (through the action). */
async function approvedTranche(world: Awaited<ReturnType<typeof buildGrantsWorld>>) {
  const tranche = await createDisbursement(testDb(), {
    bucketId: world.subsidy.id,
    requestedById: world.founder.user.id,
    amountCents: 4_000_000n,
  });
  const approved = await actAs(world.officer.user.id, () =>
    approveDisbursement({
      organisation: world.operator.slug,
      disbursementId: tranche.id,
      version: 0,
    }),
  );
  expect(approved.serverError).toBeUndefined();
  return tranche;
}

describe("finance approval and payment", () => {
  it("walks an approved tranche to PAID with two different signers, telling the start-up each time", async () => {
    const world = await buildGrantsWorld();
    const tranche = await approvedTranche(world);
    const signed = await actAs(world.finance.user.id, () =>
      financeApproveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 1,
      }),
    );
    expect(signed.serverError).toBeUndefined();
    expect(await trancheOf(tranche.id)).toMatchObject({
      status: "FINANCE_APPROVED",
      approvedById: world.officer.user.id,
      financeApprovedById: world.finance.user.id,
      version: 2,
    });
    const paid = await actAs(world.finance.user.id, () =>
      markDisbursementPaid({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 2,
        paymentReference: "HKSTP-PV-202611-00412",
        paidOn: today(),
      }),
    );
    expect(paid.serverError).toBeUndefined();
    const row = await trancheOf(tranche.id);
    expect(row).toMatchObject({
      status: "PAID",
      paidById: world.finance.user.id,
      paymentReference: "HKSTP-PV-202611-00412",
      version: 3,
    });
    expect(row.paidAt?.toISOString()).toBe(new Date(`${today()}T00:00:00+08:00`).toISOString());
    expect(await committedInBucket(world.subsidy.id)).toBe(4_000_000n);
    expect(await auditEventsOf("disbursement.finance_approve", world.finance.user.id)).toHaveLength(
      1,
    );
    expect(await auditEventsOf("disbursement.mark_paid", world.finance.user.id)).toHaveLength(1);
    const founderNotices = await testDb().notification.findMany({
      where: { userId: world.founder.user.id, kind: "DISBURSEMENT" },
      orderBy: { createdAt: "asc" },
      select: { title: true },
    });
    expect(founderNotices.map((n) => n.title)).toEqual([
      "HK$40,000.00 approved by the programme office",
      "HK$40,000.00 signed off by finance",
      "HK$40,000.00 paid",
    ]);
  });

  it("never lets the first approver give the finance signature too", async () => {
    const world = await buildGrantsWorld();
    const tranche = await approvedTranche(world);
    // The officer moves to finance, then tries to sign what they approved.
    await testDb().membership.update({
      where: { id: world.officer.membership.id },
      data: { role: "FINANCE_APPROVER" },
    });
    const result = await actAs(world.officer.user.id, () =>
      financeApproveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 1,
      }),
    );
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(messageOf(result)).toMatch(/second signature must come from another person/);
    expect(await trancheOf(tranche.id)).toMatchObject({
      status: "APPROVED",
      financeApprovedById: null,
    });
  });

  it("never lets the requester give the finance signature, even holding a finance role", async () => {
    const world = await buildGrantsWorld();
    await testDb().membership.create({
      data: {
        organisationId: world.operator.id,
        userId: world.founder.user.id,
        role: "FINANCE_APPROVER",
      },
    });
    const tranche = await approvedTranche(world);
    const result = await actAs(world.founder.user.id, () =>
      financeApproveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 1,
      }),
    );
    expect(result.serverError).toMatchObject({ code: "FORBIDDEN" });
    expect(messageOf(result)).toMatch(/You requested this tranche/);
    expect((await trancheOf(tranche.id)).status).toBe("APPROVED");
  });

  it("refuses a second signature on a stale view, and a skipped step", async () => {
    const world = await buildGrantsWorld();
    const tranche = await approvedTranche(world);
    const stale = await actAs(world.finance.user.id, () =>
      financeApproveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 0,
      }),
    );
    expect(stale.serverError).toMatchObject({ code: "CONFLICT" });
    const skipped = await actAs(world.finance.user.id, () =>
      markDisbursementPaid({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 1,
        paymentReference: "PV-1",
        paidOn: today(),
      }),
    );
    expect(skipped.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await trancheOf(tranche.id)).status).toBe("APPROVED");
  });

  it("refuses a payment date in the future", async () => {
    const world = await buildGrantsWorld();
    const tranche = await approvedTranche(world);
    await actAs(world.finance.user.id, () =>
      financeApproveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 1,
      }),
    );
    const tomorrow = new Date(hongKongToday().getTime() + 86_400_000).toISOString().slice(0, 10);
    const result = await actAs(world.finance.user.id, () =>
      markDisbursementPaid({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 2,
        paymentReference: "PV-2",
        paidOn: tomorrow,
      }),
    );
    expect(result.serverError).toMatchObject({ code: "INVALID" });
    expect((await trancheOf(tranche.id)).status).toBe("FINANCE_APPROVED");
  });
});

describe("rejectDisbursement", () => {
  it("lets the officer reject a request with a reason the start-up reads", async () => {
    const world = await buildGrantsWorld();
    const tranche = await createDisbursement(testDb(), {
      bucketId: world.upfront.id,
      requestedById: world.founder.user.id,
    });
    const result = await actAs(world.officer.user.id, () =>
      rejectDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 0,
        reason: "The invoice is addressed to the founder, not the company.",
      }),
    );
    expect(result.serverError).toBeUndefined();
    expect(await trancheOf(tranche.id)).toMatchObject({
      status: "REJECTED",
      rejectedById: world.officer.user.id,
      rejectionReason: "The invoice is addressed to the founder, not the company.",
    });
    const notice = await testDb().notification.findFirstOrThrow({
      where: { userId: world.founder.user.id, kind: "DISBURSEMENT" },
    });
    expect(notice.body).toContain("addressed to the founder");
  });

  it("lets finance reject after its own signature, releasing the money, and tells the officer", async () => {
    const world = await buildGrantsWorld();
    const tranche = await approvedTranche(world);
    await actAs(world.finance.user.id, () =>
      financeApproveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 1,
      }),
    );
    expect(await committedInBucket(world.subsidy.id)).toBe(4_000_000n);
    const result = await actAs(world.finance.user.id, () =>
      rejectDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 2,
        reason: "The bank details on file do not match the company's BR certificate.",
      }),
    );
    expect(result.serverError).toBeUndefined();
    expect((await trancheOf(tranche.id)).status).toBe("REJECTED");
    expect(await committedInBucket(world.subsidy.id)).toBe(0n);
    const officerNotices = await testDb().notification.findMany({
      where: { userId: world.officer.user.id, kind: "DISBURSEMENT" },
      orderBy: { createdAt: "asc" },
      select: { title: true },
    });
    expect(officerNotices.map((n) => n.title)).toEqual([
      expect.stringMatching(/^Finance signed HK\$40,000.00/),
      expect.stringMatching(/^Finance rejected HK\$40,000.00/),
    ]);
  });

  it("keeps the officer out once finance has signed, and nobody rejects a paid tranche", async () => {
    const world = await buildGrantsWorld();
    const tranche = await approvedTranche(world);
    await actAs(world.finance.user.id, () =>
      financeApproveDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 1,
      }),
    );
    const officer = await actAs(world.secondOfficer.user.id, () =>
      rejectDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 2,
        reason: "Too late to change my mind",
      }),
    );
    expect(officer.serverError).toMatchObject({ code: "CONFLICT" });
    await actAs(world.finance.user.id, () =>
      markDisbursementPaid({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 2,
        paymentReference: "PV-3",
        paidOn: today(),
      }),
    );
    const afterPayment = await actAs(world.secondFinance.user.id, () =>
      rejectDisbursement({
        organisation: world.operator.slug,
        disbursementId: tranche.id,
        version: 3,
        reason: "Paid by mistake?",
      }),
    );
    expect(afterPayment.serverError).toMatchObject({ code: "CONFLICT" });
    expect(messageOf(afterPayment)).toMatch(/paid and can no longer change/);
    expect((await trancheOf(tranche.id)).status).toBe("PAID");
  });
});
