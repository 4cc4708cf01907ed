// lib/db applies the tenant of runWithTenant / the request to every query and transaction,
// so what the app's own client returns is what row-level security allows that tenant.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runWithTenant, currentTenant } from "@/lib/tenancy/tenant-context";
import { createApplication } from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createOperator } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

async function twoOperators() {
  const make = async () => {
    const operator = await createOperator(testDb());
    const officer = await createMember(testDb(), {
      organisationId: operator.id,
      role: "PROGRAMME_OFFICER",
    });
    const draftCall = await createCall(testDb(), {
      organisationId: operator.id,
      status: "DRAFT",
      publishedAt: null,
    });
    const application = await createApplication(testDb(), {
      callId: draftCall.id,
      organisationId: operator.id,
    });
    return {
      operator,
      draftCall,
      application,
      tenant: { userId: officer.user.id, organisationId: operator.id },
    };
  };
  return { hkstp: await make(), cuhk: await make() };
}

describe("the app's client (lib/db)", () => {
  it("runs model queries as the current tenant: no where clause, still only its rows", async () => {
    const { hkstp, cuhk } = await twoOperators();
    const ids = await runWithTenant(hkstp.tenant, async () =>
      (await db.application.findMany({ select: { id: true } })).map((row) => row.id),
    );
    expect(ids).toEqual([hkstp.application.id]);
    expect(await runWithTenant(cuhk.tenant, () => db.application.count())).toBe(1);
    expect(
      await runWithTenant(hkstp.tenant, () =>
        db.application.findUnique({ where: { id: cuhk.application.id } }),
      ),
    ).toBeNull();
  });

  it("runs raw queries and interactive transactions as the current tenant", async () => {
    const { hkstp } = await twoOperators();
    const [raw] = await runWithTenant(
      hkstp.tenant,
      () => db.$queryRaw<{ count: bigint }[]>`select count(*) from "Application"`,
    );
    expect(raw?.count).toBe(1n);
    const inTransaction = await runWithTenant(hkstp.tenant, () =>
      db.$transaction(async (tx) => ({
        applications: await tx.application.count(),
        organisation: (
          await tx.$queryRaw<{ id: string | null }[]>`select app_organisation_id() as id`
        )[0]?.id,
      })),
    );
    expect(inTransaction).toEqual({ applications: 1, organisation: hkstp.operator.id });
  });

  it("without a tenant sees public rows only", async () => {
    const { hkstp } = await twoOperators();
    expect(currentTenant()).toBeNull();
    expect(await db.application.count()).toBe(0);
    const calls = await db.call.findMany({ select: { id: true } });
    expect(calls.map((call) => call.id)).not.toContain(hkstp.draftCall.id);
  });

  it("reads the tenant when the query is made, so parallel scopes do not mix", async () => {
    const { hkstp, cuhk } = await twoOperators();
    const [a, b] = await Promise.all([
      runWithTenant(hkstp.tenant, () => db.application.findMany({ select: { id: true } })),
      runWithTenant(cuhk.tenant, () => db.application.findMany({ select: { id: true } })),
    ]);
    expect([a.map((row) => row.id), b.map((row) => row.id)]).toEqual([
      [hkstp.application.id],
      [cuhk.application.id],
    ]);
  });

  it("refuses the array form of $transaction, which could not set the tenant first", () => {
    expect(() => db.$transaction([db.application.count()])).toThrow(/callback|async \(tx\)/);
  });
});
