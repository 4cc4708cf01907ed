import { describe, expect, it } from "vitest";
import { db, readAsTenant } from "@/lib/db";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { createOperator } from "../../factories/organisations";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

type Backend = { pid: number; organisation: string };

const whoAmI = () =>
  db.$queryRaw<Backend[]>`
    select pg_backend_pid() as pid, current_setting('app.organisation_id', true) as organisation`;

describe("readAsTenant", () => {
  it("runs a page's parallel reads on one connection, as the tenant, with row-level security", async () => {
    const operator = await createOperator(testDb());
    const other = await createOperator(testDb());
    const officer = await createMember(testDb(), {
      organisationId: operator.id,
      role: "PROGRAMME_OFFICER",
    });
    await createMember(testDb(), { organisationId: other.id, role: "PROGRAMME_OFFICER" });

    const result = await runWithTenant(
      { userId: officer.user.id, organisationId: operator.id },
      () =>
        readAsTenant(async () => {
          const [backends, programmes, nested] = await Promise.all([
            Promise.all([whoAmI(), whoAmI(), whoAmI(), whoAmI()]),
            db.membership.findMany({ select: { organisationId: true } }),
            // A nested call joins the same transaction.
            readAsTenant(() => whoAmI()),
          ]);
          return { backends: [...backends.flat(), ...nested], programmes };
        }),
    );

    const pids = new Set(result.backends.map((backend) => backend.pid));
    expect(pids.size).toBe(1);
    expect(result.backends.every((backend) => backend.organisation === operator.id)).toBe(true);
    // Row-level security still hides the other operator's members.
    expect(new Set(result.programmes.map((member) => member.organisationId))).toEqual(
      new Set([operator.id]),
    );
  });

  it("does not pin a different tenant's queries, and sets nothing after it ends", async () => {
    const operator = await createOperator(testDb());
    const other = await createOperator(testDb());
    const officer = await createMember(testDb(), {
      organisationId: operator.id,
      role: "PROGRAMME_OFFICER",
    });
    const otherOfficer = await createMember(testDb(), {
      organisationId: other.id,
      role: "PROGRAMME_OFFICER",
    });
    const seenByOther = await runWithTenant(
      { userId: officer.user.id, organisationId: operator.id },
      () =>
        readAsTenant(() =>
          runWithTenant({ userId: otherOfficer.user.id, organisationId: other.id }, () =>
            db.membership.findMany({ select: { organisationId: true } }),
          ),
        ),
    );
    expect(new Set(seenByOther.map((member) => member.organisationId))).toEqual(
      new Set([other.id]),
    );

    // Outside any tenant, a query runs as nobody: the settings did not leak into the pool.
    const [after] = await whoAmI();
    expect(after?.organisation ?? "").toBe("");
  });
});
