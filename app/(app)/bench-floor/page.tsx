import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { readFloor } from "./read-floor";

export const metadata: Metadata = { title: "Benchmark floor", robots: { index: false } };

/**
 * The floor of `npm run bench`: the cheapest dynamic page this app can serve (the root layout,
 * one trivial query, no session, no tenant). Every main page's throughput is compared with it
 * (docs/performance.md). Not found unless the server was started with BENCH_FLOOR=1.
 */
export default async function BenchFloorPage() {
  await connection(); // rendered per request, never prerendered at build time
  if (process.env.BENCH_FLOOR !== "1") notFound();
  const now = await readFloor();
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold text-ink-900">Benchmark floor</h1>
      <p className="mt-3 text-ink-600">Database time: {now.toISOString()}</p>
    </main>
  );
}
