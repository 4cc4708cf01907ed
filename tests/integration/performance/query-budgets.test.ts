import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { approveDisbursement } from "@/lib/actions/disbursements/approve-disbursement";
import { saveApplicationDraft } from "@/lib/actions/applications/save-application-draft";
import { logSession } from "@/lib/actions/coaching/log-session";
import type { SessionUser } from "@/lib/auth/session";
import { runSeed } from "../../../prisma/seed";
import { loadScaleData } from "../../../scripts/scale/load";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";
import { countQueries, type QueryCount } from "./query-counter";
import { PAGE_PROBES, type Probe, readWorld, type World } from "./query-probes";

const auth = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => auth.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// Query budgets (docs/performance.md): every main page's data and every key action sends the
// same number of statements with the demo data (about ten rows behind each page) as with the
// scale data loaded on top (thousands), so nothing grows with the rows (no N+1), and no more
// than tests/performance/query-budgets.json allows. UPDATE_QUERY_BUDGETS=1 rewrites that file
// with the counts measured, for a change that needs more queries on purpose.

const BUDGET_FILE = path.resolve(import.meta.dirname, "../../performance/query-budgets.json");
const SCALE_FRACTION = 0.15;

type Budgets = { $comment?: string; budgets: Record<string, number> };
const budgets = JSON.parse(fs.readFileSync(BUDGET_FILE, "utf8")) as Budgets;

async function signedInAs(
  userId: string,
  fn: () => Promise<{ serverError?: unknown; validationErrors?: unknown }>,
) {
  auth.user = await sessionUserFor(userId);
  try {
    const result = await fn();
    if (result.serverError || result.validationErrors) {
      throw new Error(`The action failed: ${JSON.stringify(result)}`);
    }
  } finally {
    auth.user = null;
  }
}

const ACTION_PROBES: Probe[] = [
  {
    name: "actions/save-application-draft",
    run: async (w) => {
      const draft = await testDb().application.findUniqueOrThrow({ where: { id: w.founderDraft } });
      await signedInAs(w.founder, () =>
        saveApplicationDraft({
          organisation: "pokfulam-cell",
          applicationId: draft.id,
          version: draft.version,
          answers: { technology_summary: `Autosave at version ${draft.version}` },
        }),
      );
    },
  },
  {
    name: "actions/log-coaching-session",
    run: (w) =>
      signedInAs(w.mentor, () =>
        logSession({
          organisation: "hkstp",
          enrolmentId: w.mentorEnrolment,
          date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
          time: "10:00",
          durationMinutes: 60,
          mode: "VIDEO",
          topics: ["REGULATORY"],
          sharedNotes: "Went through the pre-IND briefing package.",
          privateNotes: "On track.",
          assessmentRating: 4,
          actionItems: [{ description: "Send the revised briefing package", ownerSide: "STARTUP" }],
        }),
      ),
  },
  {
    name: "actions/approve-disbursement",
    run: async (w) => {
      const [tranche] = await testDb().$queryRaw<{ id: string }[]>`
        insert into "Disbursement" (id, "organisationId", "grantId", "bucketId", "amountCents", purpose,
          status, "idempotencyKey", "requestedById", "updatedAt")
        select 'cbudget' || md5(random()::text), g."organisationId", g.id, b.id, 10000, 'Query budget tranche',
          'REQUESTED', 'budget-' || md5(random()::text), m."userId", now()
        from "GrantBucket" b join "Grant" g on g.id = b."grantId" and g.status = 'ACTIVE'
        join "Enrolment" e on e.id = g."enrolmentId"
        join "Membership" m on m."organisationId" = e."startupId" and m.role = 'STARTUP_MEMBER' and m.status = 'ACTIVE'
        where g."organisationId" = ${w.hkstp} and b."evidenceRule" = 'NONE' and b."gatingMilestoneCategory" is null
          and b."capCents" - 10000 >= (select coalesce(sum(d."amountCents"), 0) from "Disbursement" d
            where d."bucketId" = b.id and d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID'))
          and g."approvedTotalCents" - 10000 >= (select coalesce(sum(d."amountCents"), 0) from "Disbursement" d
            where d."grantId" = g.id and d.status in ('APPROVED', 'FINANCE_APPROVED', 'PAID'))
        order by g.id, b.id limit 1
        returning id`;
      if (!tranche) throw new Error("No HKSTP grant has room for a test tranche");
      await signedInAs(w.officer, () =>
        approveDisbursement({ organisation: "hkstp", disbursementId: tranche.id, version: 0 }),
      );
    },
  },
];

const PROBES = [...PAGE_PROBES, ...ACTION_PROBES];

/** Each probe once to warm up (first connections, compiled queries), then counted. */
async function countAll(world: World): Promise<Map<string, QueryCount>> {
  const counts = new Map<string, QueryCount>();
  for (const probe of PROBES) {
    await probe.run(world);
    counts.set(probe.name, await countQueries(() => probe.run(world)));
  }
  return counts;
}

let small: Map<string, QueryCount>;
let large: Map<string, QueryCount>;
let rowsBehind: Record<string, number>;

beforeAll(async () => {
  const url = process.env.DATABASE_URL ?? "";
  await runSeed(url);
  small = await countAll(await readWorld());
  await loadScaleData(url, { fraction: SCALE_FRACTION });
  const [counts] = await testDb().$queryRaw<Record<string, bigint>[]>`
    select
      (select count(*) from "Application" a join "Organisation" o on o.id = a."organisationId" where o.slug = 'hkstp') as applications,
      (select count(*) from "CoachingSession" s join "Organisation" o on o.id = s."organisationId" where o.slug = 'hkstp') as "coachingSessions",
      (select count(*) from "Milestone" m join "Organisation" o on o.id = m."organisationId" where o.slug = 'hkstp') as milestones,
      (select count(*) from "AuditEvent" e join "Organisation" o on o.id = e."organisationId" where o.slug = 'hkstp') as "auditEvents",
      (select count(*) from "Membership" m join "Organisation" o on o.id = m."organisationId" where o.slug = 'hkstp') as members`;
  rowsBehind = Object.fromEntries(
    Object.entries(counts ?? {}).map(([key, value]) => [key, Number(value)]),
  );
  large = await countAll(await readWorld());
}, 900_000);

afterAll(() => {
  if (!process.env.UPDATE_QUERY_BUDGETS || !large) return;
  const updated: Budgets = {
    $comment: budgets.$comment,
    budgets: Object.fromEntries(
      PROBES.map((probe) => [probe.name, large.get(probe.name)?.data ?? 0]),
    ),
  };
  fs.writeFileSync(BUDGET_FILE, `${JSON.stringify(updated, null, 2)}\n`);
});

describe("query budgets", () => {
  it("counted the second time with thousands of rows behind the pages", () => {
    for (const [table, count] of Object.entries(rowsBehind)) {
      expect(count, `HKSTP ${table}`).toBeGreaterThanOrEqual(table === "members" ? 50 : 1_000);
    }
  });

  it.each(PROBES.map((probe) => probe.name))(
    "%s: same statements at 10 and 1,000 rows, within budget",
    (name) => {
      const before = small.get(name)!;
      const after = large.get(name)!;
      expect(
        after.data,
        `${name} sent ${before.data} statements on the demo data and ${after.data} on the scale data:\n${after.statements.join("\n")}`,
      ).toBe(before.data);
      if (process.env.UPDATE_QUERY_BUDGETS) return; // afterAll writes the counts as the budgets
      const budget = budgets.budgets[name];
      expect(budget, `${name} has no budget in tests/performance/query-budgets.json`).toBeDefined();
      expect(
        after.data,
        `${name} sent ${after.data} statements, over its budget of ${budget}`,
      ).toBeLessThanOrEqual(budget!);
    },
  );

  it("has no budget left over for a probe that no longer exists", () => {
    const names = new Set(PROBES.map((probe) => probe.name));
    expect(Object.keys(budgets.budgets).filter((name) => !names.has(name))).toEqual([]);
  });
});
