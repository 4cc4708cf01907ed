// Row-level security, checked in SQL as the app role: with operator A's tenant set, no row of
// operator B's world is visible or writable (public rows aside); with no tenant, only public
// rows. Every table is covered: the list comes from the catalog, so a new table without
// row-level security fails here.
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../setup/test-database";
import { asTenant, attempt, quoteTable, visibleIds } from "./app-role";
import { createOperatorWorld, type OperatorWorld } from "./operator-world";

/** Tables every tenant shares on purpose (docs/decisions/0004-row-level-security.md). */
const GLOBAL_TABLES = ["LoginThrottle", "Organisation", "User", "_prisma_migrations"];

/** Tables owned by one user, not an organisation: policed by `userId` (docs/decisions/0005-notifications.md). */
const USER_OWNED_TABLES = ["NotificationDigest", "NotificationPreference"];

/** Rows anyone may read without a tenant; every other row of a policed table needs one. */
const PUBLIC_ROWS: Record<string, string> = {
  Programme: `status = 'ACTIVE'`,
  Call: `status = 'PUBLISHED'`,
  ApplicationForm: `"publishedAt" is not null and "callId" in (select id from "Call" where status = 'PUBLISHED')`,
  EligibilityCriterion: `"callId" in (select id from "Call" where status = 'PUBLISHED')`,
  MilestoneTemplate: `"organisationId" is null`,
};

async function ownerQuery<T>(sql: string): Promise<T[]> {
  return testDb().$queryRawUnsafe<T[]>(sql);
}

async function ownerIds(table: string, where = "true"): Promise<string[]> {
  const rows = await ownerQuery<{ id: string }>(
    `select id from ${quoteTable(table)} where ${where} order by id`,
  );
  return rows.map((row) => row.id);
}

async function policedTables(): Promise<string[]> {
  const rows = await ownerQuery<{ name: string }>(`
    select c.relname as name from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' and c.relrowsecurity
    order by 1`);
  return rows.map((row) => row.name);
}

const publicIds = (table: string) =>
  PUBLIC_ROWS[table] ? ownerIds(table, PUBLIC_ROWS[table]) : Promise.resolve([]);
const intersect = (a: string[], b: string[]) => a.filter((id) => b.includes(id)).sort();

let tables: string[];
let worldA: OperatorWorld;
let worldB: OperatorWorld;
/** Every row id of operator B's world (taken before A's world existed), per table. */
const rowsOfB = new Map<string, string[]>();

beforeAll(async () => {
  tables = await policedTables();
  worldB = await createOperatorWorld(testDb());
  for (const table of tables) rowsOfB.set(table, await ownerIds(table));
  worldA = await createOperatorWorld(testDb());
});

const tenantA = () => ({ userId: worldA.officer.user.id, organisationId: worldA.operator.id });

describe("which tables are under row-level security", () => {
  it("every table with an organisationId or startupId column, and every table but the global ones", async () => {
    const tenantOwned = await ownerQuery<{ name: string }>(`
      select distinct table_name as name from information_schema.columns
      where table_schema = current_schema() and column_name in ('organisationId', 'startupId')
      order by 1`);
    expect([...tables].sort()).toEqual(
      [
        ...tenantOwned.map((row) => row.name).filter((name) => !GLOBAL_TABLES.includes(name)),
        ...USER_OWNED_TABLES,
      ].sort(),
    );

    const all = await ownerQuery<{ name: string }>(`
      select relname as name from pg_class
      where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p') order by 1`);
    expect(all.map((row) => row.name).filter((name) => !tables.includes(name))).toEqual(
      GLOBAL_TABLES,
    );
    expect(tables).toHaveLength(39);
  });

  it("the fixture puts rows in every one of them, so the checks below are not vacuous", () => {
    const empty = tables.filter((table) => (rowsOfB.get(table) ?? []).length === 0);
    expect(empty).toEqual([]);
  });
});

describe("the app role", () => {
  it("is not a superuser, owns no table, cannot bypass RLS and is not a member of the owner", async () => {
    const [role] = await asTenant(
      null,
      async (client) =>
        (
          await client.query(`
          select current_user as name, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb,
            (select count(*)::int from pg_tables t
              where t.schemaname = current_schema()
                and (t.tableowner = current_user or pg_has_role(current_user, t.tableowner, 'MEMBER'))) as owned
          from pg_roles where rolname = current_user`)
        ).rows,
    );
    expect(role).toEqual({
      name: "incubase_app",
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      owned: 0,
    });
  });

  it("cannot read the migration history", async () => {
    const result = await asTenant(tenantA(), (client) =>
      attempt(client, `select count(*) from "_prisma_migrations"`),
    );
    expect(result.error?.code).toBe("42501");
  });
});

describe("with operator A's tenant set", () => {
  it("sees none of operator B's rows in any table, public rows aside", async () => {
    const leaks: Record<string, string[]> = {};
    await asTenant(tenantA(), async (client) => {
      for (const table of tables) {
        const seen = intersect(await visibleIds(client, table), rowsOfB.get(table) ?? []);
        const allowed = intersect(await publicIds(table), rowsOfB.get(table) ?? []);
        if (seen.join() !== allowed.join())
          leaks[table] = seen.filter((id) => !allowed.includes(id));
      }
    });
    expect(leaks).toEqual({});
  });

  it("still sees its own rows in every table that has an organisationId (and its applicant's profile)", async () => {
    const missing: Record<string, number> = {};
    await asTenant(tenantA(), async (client) => {
      for (const table of tables) {
        const columns = await ownerQuery<{ exists: boolean }>(`
          select exists (select 1 from information_schema.columns where table_schema = current_schema()
            and table_name = '${table}' and column_name = 'organisationId') as exists`);
        if (!columns[0]?.exists) continue;
        // A start-up profile's organisationId is the start-up's; the operator sees its applicants'.
        const owner = table === "StartupProfile" ? worldA.startup.id : worldA.operator.id;
        const own = await ownerIds(table, `"organisationId" = '${owner}'`);
        const seen = await visibleIds(client, table);
        const notSeen = own.filter((id) => !seen.includes(id));
        if (own.length === 0 || notSeen.length > 0) missing[table] = notSeen.length || -1;
      }
    });
    expect(missing).toEqual({});
  });

  it("updates and deletes none of operator B's rows (AuditEvent: no UPDATE or DELETE at all)", async () => {
    const outcomes: Record<string, unknown> = {};
    await asTenant(tenantA(), async (client) => {
      for (const table of tables) {
        const id = rowsOfB.get(table)?.[0];
        const update = await attempt(
          client,
          `update ${quoteTable(table)} set id = id where id = $1`,
          [id],
        );
        const remove = await attempt(client, `delete from ${quoteTable(table)} where id = $1`, [
          id,
        ]);
        outcomes[table] = [
          update.rowCount ?? update.error.code,
          remove.rowCount ?? remove.error.code,
        ];
      }
    });
    // Refused by privileges before any policy: the audit trail and the worker's digests have no
    // UPDATE or DELETE grant, a notice's only updatable columns are readAt and updatedAt.
    const withoutGrant: Record<string, unknown[]> = {
      AuditEvent: ["42501", "42501"],
      NotificationDigest: ["42501", "42501"],
      Notification: ["42501", 0],
      // A milestone's timeline is append-only (20261122062813_milestone_plans).
      MilestoneStatusChange: ["42501", "42501"],
    };
    const expected = Object.fromEntries(
      tables.map((table) => [table, withoutGrant[table] ?? [0, 0]]),
    );
    expect(outcomes).toEqual(expected);
    // And every row of B is still there, unchanged in number.
    for (const table of tables)
      expect((await ownerIds(table)).filter((id) => rowsOfB.get(table)?.includes(id))).toEqual(
        rowsOfB.get(table),
      );
  });

  it("cannot insert a row that belongs to operator B: WITH CHECK refuses it", async () => {
    const outcomes: Record<string, string> = {};
    await asTenant(tenantA(), async (client) => {
      for (const table of tables) {
        // A copy of one of B's rows under a fresh id: the only difference from a legal insert
        // of B's is who is asking.
        const id = rowsOfB.get(table)?.[0] ?? "";
        const [row] = await ownerQuery<{ row: Record<string, unknown> }>(
          `select row_to_json(t) as row from ${quoteTable(table)} t where id = '${id}'`,
        );
        const copy = { ...row!.row, id: `rls-copy-${table}` };
        const result = await attempt(
          client,
          `insert into ${quoteTable(table)} select * from json_populate_record(null::${quoteTable(table)}, $1::json)`,
          [JSON.stringify(copy)],
        );
        outcomes[table] = result.error
          ? `${result.error.code} ${/row-level security/.test(result.error.message) ? "rls" : result.error.message}`
          : "inserted";
      }
    });
    expect(outcomes).toEqual(
      Object.fromEntries(
        tables.map((table) => [
          table,
          // Only the email worker (the owner) writes digests.
          table === "NotificationDigest"
            ? "42501 permission denied for table NotificationDigest"
            : "42501 rls",
        ]),
      ),
    );
  });

  it("a user who is not an active member of the organisation named in the context gets nothing", async () => {
    const outsider = { userId: worldA.officer.user.id, organisationId: worldB.operator.id };
    const counts = await asTenant(outsider, async (client) => {
      const result: Record<string, number> = {};
      for (const table of ["Application", "Enrolment", "Milestone", "Membership", "AuditEvent"]) {
        const seen = intersect(await visibleIds(client, table), rowsOfB.get(table) ?? []);
        result[table] = seen.length;
      }
      return result;
    });
    expect(counts).toEqual({
      Application: 0,
      Enrolment: 0,
      Milestone: 0,
      Membership: 0,
      AuditEvent: 0,
    });
  });
});

describe("with no tenant set", () => {
  it("every policed table shows its public rows and nothing else", async () => {
    const wrong: Record<string, { seen: number; public: number }> = {};
    await asTenant(null, async (client) => {
      for (const table of tables) {
        const seen = await visibleIds(client, table);
        const expected = await publicIds(table);
        if (seen.join() !== expected.join())
          wrong[table] = { seen: seen.length, public: expected.length };
      }
    });
    expect(wrong).toEqual({});
  });

  it("that is nothing at all outside programmes, calls, their published forms and criteria, and platform templates", async () => {
    const nonEmpty: string[] = [];
    await asTenant(null, async (client) => {
      for (const table of tables) {
        const { rows } = await client.query<{ count: string }>(
          `select count(*) from ${quoteTable(table)}`,
        );
        if (Number(rows[0]?.count) > 0) nonEmpty.push(table);
      }
    });
    expect(nonEmpty.sort()).toEqual(Object.keys(PUBLIC_ROWS).sort());
  });

  it("set_config with an empty string is the same as not set", async () => {
    const count = await asTenant({ userId: "", organisationId: "" }, async (client) =>
      Number(
        (await client.query<{ count: string }>(`select count(*) from "Application"`)).rows[0]
          ?.count,
      ),
    );
    expect(count).toBe(0);
  });
});

describe("the organisation directory", () => {
  it("is readable but not writable by the app role, even for the active organisation", async () => {
    const [rename, create] = await asTenant(tenantA(), async (client) => [
      await attempt(client, `update "Organisation" set name = 'Renamed' where id = $1`, [
        worldA.operator.id,
      ]),
      await attempt(
        client,
        `insert into "Organisation" (id, kind, slug, name, "updatedAt") values ('x', 'OPERATOR', 'x', 'X', now())`,
        [],
      ),
    ]);
    expect(rename.error?.code).toBe("42501");
    expect(create.error?.code).toBe("42501");
    const stored = await testDb().organisation.findUniqueOrThrow({
      where: { id: worldA.operator.id },
    });
    expect(stored.name).not.toBe("Renamed");
  });
});

describe("the audit trail is append-only", () => {
  it("the app role may neither update nor delete its own organisation's events", async () => {
    const [update, remove] = await asTenant(tenantA(), async (client) => [
      await attempt(
        client,
        `update "AuditEvent" set action = 'tampered' where "organisationId" = $1`,
        [worldA.operator.id],
      ),
      await attempt(client, `delete from "AuditEvent" where "organisationId" = $1`, [
        worldA.operator.id,
      ]),
    ]);
    expect(update.error?.code).toBe("42501");
    expect(remove.error?.code).toBe("42501");
  });

  it("a trigger refuses the owner too", async () => {
    await expect(
      testDb().$executeRawUnsafe(
        `update "AuditEvent" set action = 'tampered' where "organisationId" = '${worldA.operator.id}'`,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      testDb().$executeRawUnsafe(
        `delete from "AuditEvent" where "organisationId" = '${worldA.operator.id}'`,
      ),
    ).rejects.toThrow(/append-only/);
  });

  it("except the schema's own ON DELETE SET NULL when a user is erased", async () => {
    const { createUser } = await import("../../factories/users");
    const { createAuditEvent } = await import("../../factories/audit");
    const erased = await createUser(testDb());
    const event = await createAuditEvent(testDb(), {
      organisationId: worldA.operator.id,
      actorId: erased.id,
    });
    await testDb().user.delete({ where: { id: erased.id } });
    expect(await testDb().auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      actorId: null,
      action: event.action,
    });
  });
});
