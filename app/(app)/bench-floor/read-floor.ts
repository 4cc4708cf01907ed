import "server-only";
import { db } from "@/lib/db";

// The benchmark floor's one query lives beside its page rather than in lib/data: it reads no
// domain data and exists only so scripts/bench.ts can measure the cheapest dynamic page.

/** One trivial round trip to PostgreSQL through the app's pool (no tenant, no table). */
export async function readFloor(): Promise<Date> {
  const [row] = await db.$queryRaw<{ now: Date }[]>`select now() as now`;
  return row?.now ?? new Date();
}
