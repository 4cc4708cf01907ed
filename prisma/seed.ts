/**
 * Demo data for Incubase: HKSTP with Incu-Bio and its AstraZeneca and Boehringer Ingelheim
 * co-incubation programmes, a second operator (CUHK Biotech Incubator), about thirty
 * start-ups and one sign-in per role (see prisma/seed/demo-accounts.ts).
 *
 * Idempotent: the HKSTP organisation (slug "hkstp") marks a seeded database. If it exists
 * the seed changes nothing; otherwise everything is inserted in one transaction, so a failed
 * run leaves nothing behind. Run with `npm run db:seed`, or `tsx prisma/seed.ts` with
 * DATABASE_URL set.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db-client";
import type { FactoryDatabase } from "@/tests/factories/database";
import { seedActivity } from "./seed/activity";
import { seedApplications } from "./seed/applications";
import { seedCalls } from "./seed/calls";
import { seedCoaching } from "./seed/coaching";
import { seedCohortSupport } from "./seed/cohort-support";
import { seedConsents } from "./seed/consents";
import type { SeedContext } from "./seed/context";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed/demo-accounts";
import { seedDraftCall } from "./seed/draft-call";
import { seedEnrolments } from "./seed/enrolments";
import { seedExternalReviewers } from "./seed/external-reviewers";
import { seedGrants } from "./seed/grants";
import { seedMilestones } from "./seed/milestones";
import { seedNotifications } from "./seed/notifications";
import { seedOrganisations, seedPeople } from "./seed/people";
import { seedProgrammes } from "./seed/programmes";
import { seedReviews } from "./seed/reviews";

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** The organisation whose presence means the demo data is already in place. */
export const SEED_MARKER_SLUG = "hkstp";

// Any fixed number works; it only has to be the same for every seeding process.
const SEED_LOCK_KEY = 2_026_112_201;

/** Seeds the demo data unless it is already there, then prints the demo sign-ins. */
export async function runSeed(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const startedAt = Date.now();
    const existing = await db.organisation.findUnique({ where: { slug: SEED_MARKER_SLUG } });
    if (existing) {
      console.log('Demo data already present (organisation "hkstp" exists); nothing to seed.');
    } else {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const didSeed = await db.$transaction(
        async (transaction) => {
          // Two seeds started together (say, dev server and tests) wait for each other here.
          await transaction.$executeRaw`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
          const marker = await transaction.organisation.findUnique({
            where: { slug: SEED_MARKER_SLUG },
          });
          if (marker) return false;
          await seedEverything(transaction, passwordHash);
          return true;
        },
        { maxWait: 30_000, timeout: 120_000 },
      );
      console.log(
        didSeed
          ? `Seeded the demo data in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`
          : "Demo data was seeded by another process meanwhile; nothing to seed.",
      );
    }
    printSignIns();
  } finally {
    await db.$disconnect();
  }
}

async function seedEverything(db: FactoryDatabase, passwordHash: string): Promise<void> {
  const organisations = await seedOrganisations(db);
  const people = await seedPeople(db, organisations, passwordHash);
  const programmes = await seedProgrammes(db, organisations);
  const calls = await seedCalls(db, programmes);
  const context: SeedContext = { db, organisations, people, programmes, calls };
  await seedDraftCall(context);

  const applications = await seedApplications(context);
  await seedReviews(context, applications);
  await seedExternalReviewers(context, passwordHash);
  const enrolments = await seedEnrolments(context, applications);
  await seedCohortSupport(context, enrolments);
  const mentorsByEnrolment = await seedCoaching(context, enrolments);
  const milestones = await seedMilestones(context, enrolments, mentorsByEnrolment);
  await seedGrants(context, enrolments, milestones);
  await seedConsents(context);
  await seedNotifications(context);
  await seedActivity(context);
}

function printSignIns(): void {
  const rows = DEMO_ACCOUNTS.map((account) => [account.role, account.email, account.lands]);
  const headers = ["Role", "Email", "Lands on"];
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD})\n`);
  console.log(line(headers));
  console.log(line(widths.map((width) => "-".repeat(width))));
  for (const row of rows) console.log(line(row));
  console.log("");
}

const isRunDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isRunDirectly) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "Set DATABASE_URL, or run `npm run db:seed` (which starts the embedded database).",
    );
    process.exit(1);
  }
  runSeed(databaseUrl).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
