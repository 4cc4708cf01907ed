/**
 * A bounded load for fault runs: `connections` loops, each sending the next request of a
 * rotation until `durationMs` has passed, and every answer kept with its time, status, latency
 * and what it meant (a real answer, a clear "unavailable", or anything else). Loopback only.
 */

export type Outcome = "ok" | "unavailable" | "error";

export type LoadTarget = {
  name: string;
  kind: "page" | "health" | "action";
  url: string;
  init: () => RequestInit;
  /** What an answer means; `body` is the first 64 kB of text. */
  classify: (status: number, body: string) => Outcome;
};

export type LoadRecord = {
  target: string;
  kind: LoadTarget["kind"];
  /** When the request was sent, in ms from the start of the run (performance.now based). */
  sentAt: number;
  ms: number;
  /** HTTP status, or 0 when no answer came (refused, reset, timed out). */
  status: number;
  outcome: Outcome;
};

const REQUEST_TIMEOUT_MS = 30_000;

export function runLoad(options: {
  targets: LoadTarget[];
  connections: number;
  durationMs: number;
  /** performance.now() at which the run's clock starts (shared with the fault's timeline). */
  origin: number;
}): Promise<LoadRecord[]> {
  const records: LoadRecord[] = [];
  const endAt = performance.now() + options.durationMs;
  let sent = 0;
  const loop = async () => {
    while (performance.now() < endAt) {
      const target = options.targets[sent++ % options.targets.length]!;
      const started = performance.now();
      let status = 0;
      let outcome: Outcome = "error";
      try {
        const response = await fetch(target.url, {
          ...target.init(),
          redirect: "manual",
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        status = response.status;
        const body = (await response.text()).slice(0, 65_536);
        outcome = target.classify(status, body);
      } catch {
        // no answer at all: counts as an error with status 0
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      records.push({
        target: target.name,
        kind: target.kind,
        sentAt: started - options.origin,
        ms: performance.now() - started,
        status,
        outcome,
      });
    }
  };
  return Promise.all(Array.from({ length: options.connections }, loop)).then(() => records);
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank; 0 for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export type WindowSummary = {
  requests: number;
  ok: number;
  unavailable: number;
  error: number;
  /** Share of answers with HTTP 503, of those with another non-2xx status, of no answer. */
  status503: number;
  statusOther: number;
  noAnswer: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  byStatus: Record<string, number>;
};

/** Counts and latencies of the records sent within [from, to) ms. */
export function summarise(records: LoadRecord[], from: number, to: number): WindowSummary {
  const inWindow = records.filter((record) => record.sentAt >= from && record.sentAt < to);
  const latencies = inWindow.map((record) => record.ms);
  const byStatus: Record<string, number> = {};
  for (const record of inWindow) byStatus[record.status] = (byStatus[record.status] ?? 0) + 1;
  const count = (predicate: (record: LoadRecord) => boolean) => inWindow.filter(predicate).length;
  return {
    requests: inWindow.length,
    ok: count((record) => record.outcome === "ok"),
    unavailable: count((record) => record.outcome === "unavailable"),
    error: count((record) => record.outcome === "error"),
    status503: count((record) => record.status === 503),
    statusOther: count(
      (record) =>
        record.status !== 503 &&
        (record.status < 200 || record.status >= 400) &&
        record.status !== 0,
    ),
    noAnswer: count((record) => record.status === 0),
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    maxMs: Math.round(Math.max(0, ...latencies)),
    byStatus,
  };
}
