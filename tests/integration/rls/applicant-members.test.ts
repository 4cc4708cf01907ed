// The applicant's people, for the operator it applied to: app_applicant_member_ids() and
// app_is_member_of_applicant() (SECURITY DEFINER) answer only for an application of the
// active organisation. Checked in SQL as the app role.
import { describe, expect, it } from "vitest";
import { createApplication } from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createOperator, createStartup } from "../../factories/organisations";
import { createMember, createUser } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { asTenant, type SqlTenant } from "./app-role";

const FUNCTIONS = [
  "app_applicant_member_ids(text)",
  "app_is_member_of_applicant(text, text)",
] as const;

async function operatorWithOfficer() {
  const operator = await createOperator(testDb());
  const officer = await createMember(testDb(), {
    organisationId: operator.id,
    role: "PROGRAMME_OFFICER",
  });
  const call = await createCall(testDb(), { organisationId: operator.id });
  return {
    operator,
    officer,
    call,
    tenant: { userId: officer.user.id, organisationId: operator.id },
  };
}

/**
 * Operator A's application from a start-up with two active members and a deactivated one;
 * operator B; and another start-up's member (not A's applicant).
 */
async function world() {
  const a = await operatorWithOfficer();
  const b = await operatorWithOfficer();
  const startup = await createStartup(testDb());
  const member = (status: "ACTIVE" | "DEACTIVATED" = "ACTIVE") =>
    createMember(testDb(), {
      organisationId: startup.id,
      role: "STARTUP_MEMBER",
      membership: { status },
    });
  const founder = await member();
  const cofounder = await member();
  const former = await member("DEACTIVATED");
  const stranger = await createMember(testDb(), {
    organisationId: (await createStartup(testDb())).id,
    role: "STARTUP_MEMBER",
  });
  const application = await createApplication(testDb(), {
    callId: a.call.id,
    organisationId: a.operator.id,
    startupId: startup.id,
    createdById: founder.user.id,
    status: "SUBMITTED",
  });
  return { a, b, startup, founder, cofounder, former, stranger, application };
}

function memberIds(tenant: SqlTenant | null, applicationId: string): Promise<string[]> {
  return asTenant(tenant, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      "select id from app_applicant_member_ids($1) as m(id) order by id",
      [applicationId],
    );
    return rows.map((row) => row.id);
  });
}

function isMember(
  tenant: SqlTenant | null,
  applicationId: string,
  userId: string,
): Promise<boolean> {
  return asTenant(tenant, async (client) => {
    const { rows } = await client.query<{ linked: boolean }>(
      "select app_is_member_of_applicant($1, $2) as linked",
      [applicationId, userId],
    );
    return rows[0]!.linked;
  });
}

describe("app_applicant_member_ids() and app_is_member_of_applicant()", () => {
  it("give the operator its applicant's active members, not deactivated ones or strangers", async () => {
    const w = await world();
    expect(await memberIds(w.a.tenant, w.application.id)).toEqual(
      [w.founder.user.id, w.cofounder.user.id].sort(),
    );
    expect(await isMember(w.a.tenant, w.application.id, w.founder.user.id)).toBe(true);
    expect(await isMember(w.a.tenant, w.application.id, w.cofounder.user.id)).toBe(true);
    expect(await isMember(w.a.tenant, w.application.id, w.former.user.id)).toBe(false);
    expect(await isMember(w.a.tenant, w.application.id, w.stranger.user.id)).toBe(false);
    expect(await isMember(w.a.tenant, w.application.id, w.a.officer.user.id)).toBe(false);
    // The operator still cannot read the start-up's memberships themselves.
    const visible = await asTenant(w.a.tenant, async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `select id from "Membership" where "organisationId" = $1`,
        [w.startup.id],
      );
      return rows;
    });
    expect(visible).toEqual([]);
  });

  it("give another operator, the start-up itself and nobody nothing for that application", async () => {
    const w = await world();
    const outsiders: { name: string; tenant: SqlTenant | null }[] = [
      { name: "operator B", tenant: w.b.tenant },
      {
        name: "the applicant start-up",
        tenant: { userId: w.founder.user.id, organisationId: w.startup.id },
      },
      // Claims operator A without an active membership there: app_organisation_id() is null.
      {
        name: "a user posing as A",
        tenant: { userId: (await createUser(testDb())).id, organisationId: w.a.operator.id },
      },
      { name: "A's officer with no organisation", tenant: { userId: w.a.officer.user.id } },
      { name: "no tenant", tenant: null },
    ];
    for (const { name, tenant } of outsiders) {
      expect(await memberIds(tenant, w.application.id), name).toEqual([]);
      expect(await isMember(tenant, w.application.id, w.founder.user.id), name).toBe(false);
    }
  });

  it("answer nothing for an unknown application", async () => {
    const w = await world();
    expect(await memberIds(w.a.tenant, "no-such-application")).toEqual([]);
    expect(await isMember(w.a.tenant, "no-such-application", w.founder.user.id)).toBe(false);
  });

  it("run as their owner with a pinned search_path, executable by the app role but not PUBLIC", async () => {
    const rows = await asTenant(null, async (client) => {
      const result = await client.query<{
        signature: string;
        definer: boolean;
        volatility: string;
        config: string[] | null;
        app_may_execute: boolean;
        public_may_execute: boolean;
      }>(
        `select p.oid::regprocedure::text as signature,
                p.prosecdef as definer,
                p.provolatile as volatility,
                p.proconfig as config,
                has_function_privilege('incubase_app', p.oid, 'EXECUTE') as app_may_execute,
                p.proacl is null or exists (
                  select 1 from aclexplode(p.proacl) acl
                  where acl.grantee = 0 and acl.privilege_type = 'EXECUTE'
                ) as public_may_execute
         from pg_proc p
         where p.oid = any($1::regprocedure[])
         order by 1`,
        [FUNCTIONS],
      );
      return result.rows;
    });
    expect(rows.map((row) => row.signature).sort()).toEqual(
      ["app_applicant_member_ids(text)", "app_is_member_of_applicant(text,text)"].sort(),
    );
    for (const row of rows) {
      expect(row, row.signature).toMatchObject({
        definer: true,
        volatility: "s",
        app_may_execute: true,
        public_may_execute: false,
      });
      expect(
        row.config?.some((setting) => setting.startsWith("search_path=")),
        row.signature,
      ).toBe(true);
    }
  });
});
