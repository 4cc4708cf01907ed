import pg from "pg";
import { hongKongToday } from "@/lib/domain/dates";
import { runSeed } from "../../prisma/seed";
import { STORY_TODAY } from "../../prisma/seed/time";
import { seedApplications } from "./applications";
import {
  seedCoachingSessions,
  seedConsents,
  seedEnrolments,
  seedMentorAssignments,
} from "./cohort";
import {
  atHongKongTime,
  type OperatorKey,
  type ScaleContext,
  type ScaleOperator,
  type ScalePlan,
} from "./context";
import { seedGrants } from "./grants";
import { IdMaker } from "./ids";
import { BulkWriter, type TableStats } from "./insert";
import { seedMilestones } from "./milestones";
import { seedStaff, seedStartups } from "./people";
import { seedCalls, seedProgrammes } from "./programmes";
import { Random } from "./random";

/** The third operator: its presence means the scale data set is loaded. */
export const SCALE_MARKER_SLUG = "cyberport";

// Any fixed numbers: the same seed gives the same data set; the lock serialises two loaders.
const RANDOM_SEED = 20_261_122;
const SCALE_LOCK_KEY = 2_026_112_202;

/** The "HKSTP ×10" counts, times `fraction` (1 = full size). */
export function scalePlan(fraction: number): ScalePlan {
  const of = (full: number, minimum = 1) => Math.max(minimum, Math.round(full * fraction));
  const staff = (officers: number, finance: number, admins: number, mentors: number) => ({
    officers: of(officers, 2),
    finance: of(finance, 1),
    admins: of(admins, 1),
    mentors: of(mentors, 6),
  });
  return {
    fraction,
    programmes: of(56, 6),
    startups: of(3_000, 40),
    applications: of(15_000),
    reviews: of(45_000),
    enrolments: of(4_000, 10),
    milestones: of(60_000),
    coachingSessions: of(120_000),
    disbursements: of(20_000),
    staff: {
      hkstp: staff(14, 4, 2, 280),
      cuhk: staff(5, 2, 1, 100),
      cyberport: staff(6, 2, 2, 120),
    },
  };
}

export type ScaleResult =
  { status: "already-loaded" } | { status: "loaded"; stats: TableStats[]; seconds: number };

type Log = (line: string) => void;

/**
 * Loads the scale data set on top of the demo data (seeded first when missing, so every demo
 * sign-in works on it) in one transaction as the owner: a failed run leaves nothing behind,
 * a second run changes nothing.
 */
export async function loadScaleData(
  databaseUrl: string,
  options: { fraction: number; log?: Log },
): Promise<ScaleResult> {
  const log = options.log ?? (() => undefined);
  await runSeed(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (await isLoaded(client)) return { status: "already-loaded" };
    const started = performance.now();
    await client.query("begin");
    try {
      await client.query("set local statement_timeout = 0");
      await client.query("set local maintenance_work_mem = '256MB'"); // index rebuilds sort in memory
      await client.query("select pg_advisory_xact_lock($1)", [SCALE_LOCK_KEY]);
      if (await isLoaded(client)) {
        await client.query("rollback");
        return { status: "already-loaded" };
      }
      const context = await buildContext(client, scalePlan(options.fraction));
      await withoutSecondaryIndexes(context, () => loadEverything(context, log));
      const committing = performance.now();
      await client.query("commit");
      context.writer.record(
        "(commit: deferred grant cap checks)",
        0,
        performance.now() - committing,
      );
      const analysing = performance.now();
      await client.query("analyze");
      context.writer.record("(analyze)", 0, performance.now() - analysing);
      return {
        status: "loaded",
        stats: [...context.writer.stats.values()],
        seconds: (performance.now() - started) / 1000,
      };
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error;
    }
  } finally {
    await client.end();
  }
}

// The biggest tables: their non-unique indexes are dropped for the load and built again in one
// pass afterwards (still inside the transaction), which is much cheaper than maintaining them
// row by row. Unique indexes and keys stay, so every uniqueness rule is checked as rows arrive;
// Disbursement keeps its indexes because its triggers read through them.
const REINDEXED_TABLES = [
  "ApplicationAnswer",
  "ApplicationStatusChange",
  "ReviewerAssignment",
  "Review",
  "ReviewScore",
  "CoachingSession",
  "CoachingPrivateNote",
  "ActionItem",
  "Milestone",
  "MilestoneStatusChange",
  "AuditEvent",
];

async function withoutSecondaryIndexes(
  context: ScaleContext,
  load: () => Promise<void>,
): Promise<void> {
  const { client, writer } = context;
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition
     from pg_indexes i
     join pg_class c on c.relname = i.indexname and c.relnamespace = (select oid from pg_namespace where nspname = i.schemaname)
     join pg_index x on x.indexrelid = c.oid
     where i.schemaname = current_schema() and i.tablename = any($1)
       and not x.indisunique and not x.indisprimary
     order by i.tablename, i.indexname`,
    [REINDEXED_TABLES],
  );
  for (const row of rows) await client.query(`drop index "${row.name.replaceAll('"', '""')}"`);
  await load();
  const started = performance.now();
  for (const row of rows) await client.query(row.definition);
  writer.record(`(rebuild ${rows.length} indexes)`, 0, performance.now() - started);
}

async function isLoaded(client: pg.ClientBase): Promise<boolean> {
  const found = await client.query(`select 1 from "Organisation" where slug = $1`, [
    SCALE_MARKER_SLUG,
  ]);
  return (found.rowCount ?? 0) > 0;
}

async function loadEverything(context: ScaleContext, log: Log): Promise<void> {
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    log(`  ${name.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
    return result;
  };
  await step("staff and mentor pools", () => seedStaff(context));
  await step("start-ups and founders", () => seedStartups(context));
  await step("programmes", () => seedProgrammes(context));
  await step("calls, forms and rubrics", () => seedCalls(context));
  const accepted = await step("applications and reviews", () => seedApplications(context));
  const enrolments = await step("enrolments", () => seedEnrolments(context, accepted));
  await step("mentor assignments", () => seedMentorAssignments(context, enrolments));
  await step("coaching sessions", () => seedCoachingSessions(context, enrolments));
  await step("data-sharing consents", () => seedConsents(context, enrolments));
  const regulatory = await step("milestones", () => seedMilestones(context, enrolments));
  await step("grants and tranches", () => seedGrants(context, enrolments, regulatory));
  await step("audit trail", () =>
    context.writer.insert(
      "AuditEvent",
      [
        ["id", "text"],
        ["organisationId", "text"],
        ["actorId", "text"],
        ["action", "text"],
        ["targetType", "text"],
        ["targetId", "text"],
        ["createdAt", "timestamptz"],
      ],
      context.audit.map((event) => [
        context.ids.next("ae"),
        event.organisationId,
        event.actorId,
        event.action,
        event.targetType,
        event.targetId,
        event.createdAt,
      ]),
    ),
  );
}

const OPERATORS: { key: OperatorKey; slug: string; code: string; share: number }[] = [
  { key: "hkstp", slug: "hkstp", code: "HK", share: 0.54 },
  { key: "cuhk", slug: "cuhk-biotech-incubator", code: "CU", share: 0.21 },
  { key: "cyberport", slug: SCALE_MARKER_SLUG, code: "CP", share: 0.25 },
];

/** The demo's operators, partners and staff (the demo accounts join the generated pools). */
async function buildContext(client: pg.ClientBase, plan: ScalePlan): Promise<ScaleContext> {
  const realToday = hongKongToday(new Date());
  const today = realToday > STORY_TODAY ? realToday : STORY_TODAY;
  // The data's "now" is the start of its Hong Kong day, not the minute it runs: which sessions
  // lie in the future (and so which random draws are made) is then the same all day long.
  const now = atHongKongTime(today, 0);
  const ids = new IdMaker();
  const writer = new BulkWriter(client);
  const organisations = await client.query<{ id: string; slug: string; name: string }>(
    `select id, slug, name from "Organisation"`,
  );
  const bySlug = new Map(organisations.rows.map((row) => [row.slug, row]));
  const required = (slug: string) => {
    const found = bySlug.get(slug);
    if (!found)
      throw new Error(`The demo organisation "${slug}" is missing: run npm run db:seed first.`);
    return found;
  };
  const cyberportId = ids.next("or");
  await writer.insert(
    "Organisation",
    [
      ["id", "text"],
      ["kind", '"OrganisationKind"'],
      ["slug", "text"],
      ["name", "text"],
      ["nameZh", "text"],
      ["description", "text"],
      ["website", "text"],
      ["updatedAt", "timestamptz"],
    ],
    [
      [
        cyberportId,
        "OPERATOR",
        SCALE_MARKER_SLUG,
        "Cyberport HealthTech Incubator",
        "數碼港醫療科技培育中心",
        "Incubation for digital-health and med-tech start-ups at Cyberport, Pok Fu Lam.",
        "https://www.cyberport.hk",
        now,
      ],
    ],
  );
  const staff = await client.query<{ organisationId: string; userId: string; role: string }>(
    `select "organisationId", "userId", role from "Membership" where status = 'ACTIVE' order by "createdAt", id`,
  );
  const operators: ScaleOperator[] = OPERATORS.map((operator) => {
    const id = operator.key === "cyberport" ? cyberportId : required(operator.slug).id;
    const ofRole = (role: string) =>
      staff.rows
        .filter((row) => row.organisationId === id && row.role === role)
        .map((row) => row.userId);
    return {
      ...operator,
      id,
      officers: ofRole("PROGRAMME_OFFICER"),
      finance: ofRole("FINANCE_APPROVER"),
      admins: ofRole("OPERATOR_ADMIN"),
      mentors: ofRole("MENTOR"),
    };
  });
  const astrazeneca = required("astrazeneca");
  const boehringer = required("boehringer-ingelheim");
  const hash = await client.query<{ passwordHash: string }>(
    `select "passwordHash" from "User" where email = 'platform@incubase.demo'`,
  );
  const passwordHash = hash.rows[0]?.passwordHash;
  if (!passwordHash)
    throw new Error("The demo platform admin is missing: run npm run db:seed first.");
  const emails = await client.query<{ email: string }>(`select email from "User"`);
  return {
    client,
    plan,
    random: new Random(RANDOM_SEED),
    ids,
    writer,
    today,
    now,
    passwordHash,
    operators,
    partnerIds: { astrazeneca: astrazeneca.id, boehringer: boehringer.id },
    partnerNames: new Map([
      [astrazeneca.id, "AstraZeneca"],
      [boehringer.id, "Boehringer Ingelheim"],
    ]),
    usedEmails: new Set(emails.rows.map((row) => row.email)),
    usedSlugs: new Set(organisations.rows.map((row) => row.slug)),
    startups: [],
    programmes: [],
    calls: [],
    audit: [],
  };
}
