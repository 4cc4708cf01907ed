/**
 * The "HKSTP ×10" data set for performance work (docs/performance.md): 3 operators, 60
 * programmes, 3,000 start-ups, 15,000 applications, 45,000 reviews, 60,000 milestones,
 * 120,000 coaching sessions and 20,000 tranches on top of the demo data, with bulk inserts.
 *
 *   npm run seed:scale                   # embedded PostgreSQL, or DATABASE_URL when set
 *   npm run seed:scale -- --scale 0.05   # a twentieth of it, for development
 *
 * Refuses to load twice (the Cyberport operator marks a loaded database): drop the database,
 * or use another one, to load again.
 */
import { loadScaleData, SCALE_MARKER_SLUG, scalePlan } from "./scale/load";

function parseFraction(argv: string[]): number {
  const index = argv.indexOf("--scale");
  if (index === -1) return 1;
  const value = Number(argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0 || value > 10) {
    throw new Error(`--scale takes a fraction such as 0.05 (got ${argv[index + 1] ?? "nothing"})`);
  }
  return value;
}

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "Set DATABASE_URL, or run `npm run seed:scale` (which starts the embedded database).",
    );
    return 1;
  }
  const fraction = parseFraction(process.argv.slice(2));
  const plan = scalePlan(fraction);
  console.log(
    `Loading the scale data set (×${fraction}): ${plan.startups} start-ups, ${plan.applications} applications, ` +
      `${plan.reviews} reviews, ${plan.milestones} milestones, ${plan.coachingSessions} coaching sessions, ` +
      `${plan.disbursements} tranches.`,
  );
  const result = await loadScaleData(databaseUrl, { fraction, log: (line) => console.log(line) });
  if (result.status === "already-loaded") {
    console.log(
      `The scale data set is already loaded (organisation "${SCALE_MARKER_SLUG}" exists); nothing changed. ` +
        "Load it into a fresh database to start again.",
    );
    return 0;
  }
  const width = Math.max(...result.stats.map((line) => line.table.length));
  console.log(`\n${"Table".padEnd(width)}  ${"Rows".padStart(9)}  ${"Seconds".padStart(7)}`);
  for (const line of result.stats) {
    console.log(
      `${line.table.padEnd(width)}  ${line.rows.toLocaleString("en-HK").padStart(9)}  ${(line.milliseconds / 1000).toFixed(2).padStart(7)}`,
    );
  }
  const rows = result.stats.reduce((sum, line) => sum + line.rows, 0);
  console.log(`\nLoaded ${rows.toLocaleString("en-HK")} rows in ${result.seconds.toFixed(1)} s.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
