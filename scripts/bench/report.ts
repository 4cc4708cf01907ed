import type { Measurement } from "./measure";

/** The targets, read from the benchmark (not timed tests). */
export const TARGETS = {
  /** Every main page serves at least this share of the floor's requests per second. */
  minimumRatioToFloor: 0.5,
  /** p99 latency at 10 connections, in milliseconds. */
  maximumP99Ms: 250,
  /** No page slower (p50) on the scale data than on the demo data by more than this factor. */
  maximumScaleSlowdown: 2,
};

export type Check = "pass" | "fail" | "n/a";

/** Fewer completed requests than this and a line is marked "*": too few samples for a p99. */
export const MINIMUM_SAMPLES = 30;

export type BenchResult = {
  dataset: string;
  kind: "floor" | "page" | "action";
  name: string;
  persona: string;
  path: string;
  /** Set when the target could not be measured (no record, not in this build, HTTP error). */
  skipped?: string;
  measurement?: Measurement;
  /** One-minute load average of the machine when the measurement started. */
  loadAverage?: number;
  ratioToFloor?: number;
  /**
   * The floor's server CPU per request ÷ this one's: the throughput ratio a machine with the
   * server's CPU to itself would show. Less disturbed by other load than req/s.
   */
  cpuRatioToFloor?: number;
  /** False when too few requests completed for the percentiles to mean much. */
  isReliable?: boolean;
  /** p50 on this data set ÷ p50 on the demo data (scale results only). */
  slowdownVersusDemo?: number;
  checks: { throughput: Check; p99: Check; scaleVersusDemo: Check; errors: Check };
};

export type Floor = { requestsPerSecond: number; serverCpuMsPerRequest?: number };

/** Fills in the ratios and checks once the floor (and the demo run, if any) are known. */
export function evaluate(results: BenchResult[], floors: Map<string, Floor>): void {
  for (const result of results) {
    const measured = result.measurement;
    if (!measured) continue;
    result.isReliable = measured.requests >= MINIMUM_SAMPLES;
    const floor = floors.get(result.dataset);
    if (floor && result.kind !== "floor") {
      result.ratioToFloor = measured.requestsPerSecond / floor.requestsPerSecond;
      if (floor.serverCpuMsPerRequest && measured.serverCpuMsPerRequest) {
        result.cpuRatioToFloor = floor.serverCpuMsPerRequest / measured.serverCpuMsPerRequest;
      }
    }
    const failures = measured.non2xx + measured.errors + measured.failedAnswers;
    result.checks.errors = failures === 0 && measured.requests > 0 ? "pass" : "fail";
    if (measured.requests === 0) {
      // Nothing completed within the run: no percentile to read, and certainly not fast enough.
      result.checks.p99 = result.checks.throughput = "fail";
      continue;
    }
    result.checks.p99 =
      result.kind === "floor"
        ? "n/a"
        : measured.latencyMs.p99 < TARGETS.maximumP99Ms
          ? "pass"
          : "fail";
    result.checks.throughput =
      result.kind !== "page" || result.ratioToFloor === undefined
        ? "n/a"
        : result.ratioToFloor >= TARGETS.minimumRatioToFloor
          ? "pass"
          : "fail";
    if (result.dataset !== "demo" && result.kind !== "floor") {
      const demo = results.find(
        (other) =>
          other.dataset === "demo" &&
          other.kind === result.kind &&
          other.name === result.name &&
          other.measurement,
      );
      if (demo?.measurement && demo.measurement.latencyMs.p50 > 0) {
        result.slowdownVersusDemo = measured.latencyMs.p50 / demo.measurement.latencyMs.p50;
        result.checks.scaleVersusDemo =
          result.slowdownVersusDemo <= TARGETS.maximumScaleSlowdown ? "pass" : "fail";
      }
    }
  }
}

const mark = (check: Check) => (check === "pass" ? "ok" : check === "fail" ? "FAIL" : "-");

/** The table printed at the end of a run: one line per page, action and floor. */
export function formatTable(results: BenchResult[]): string {
  const header = [
    "data",
    "page / action",
    "role",
    "req/s",
    "p50 ms",
    "p99 ms",
    "CPU ms",
    "×floor",
    "CPU ×floor",
    "×demo",
    "≥½ floor",
    "p99<250",
    "≤2× demo",
    "errors",
  ];
  const rows = results.map((result) => {
    const measured = result.measurement;
    if (!measured) {
      return [result.dataset, result.name, result.persona, `skipped: ${result.skipped ?? "?"}`];
    }
    return [
      result.dataset,
      result.name,
      result.persona,
      `${measured.requestsPerSecond.toFixed(1)}${result.isReliable === false ? "*" : ""}`,
      measured.latencyMs.p50.toFixed(0),
      measured.latencyMs.p99.toFixed(0),
      measured.serverCpuMsPerRequest?.toFixed(1) ?? "-",
      result.ratioToFloor?.toFixed(2) ?? "-",
      result.cpuRatioToFloor?.toFixed(2) ?? "-",
      result.slowdownVersusDemo?.toFixed(2) ?? "-",
      mark(result.checks.throughput),
      mark(result.checks.p99),
      mark(result.checks.scaleVersusDemo),
      result.checks.errors === "pass"
        ? "0"
        : String(measured.non2xx + measured.errors + measured.failedAnswers),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(
      title.length,
      ...rows.filter((row) => row.length > 4).map((row) => (row[column] ?? "").length),
    ),
  );
  const line = (cells: string[]) =>
    cells.length === 4
      ? cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join("  ")
      : cells
          .map((cell, column) =>
            column < 3 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
          )
          .join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join(
    "\n",
  );
}

/** Counts of failed checks, for the summary line and the JSON report. */
export function summarise(results: BenchResult[]) {
  const measured = results.filter((result) => result.measurement);
  const failed = (check: keyof BenchResult["checks"]) =>
    measured
      .filter((result) => result.checks[check] === "fail")
      .map((result) => `${result.dataset}: ${result.name}`);
  return {
    measured: measured.length,
    unreliable: measured
      .filter((result) => result.isReliable === false)
      .map((result) => `${result.dataset}: ${result.name}`),
    skipped: results.length - measured.length,
    failures: {
      throughput: failed("throughput"),
      p99: failed("p99"),
      scaleVersusDemo: failed("scaleVersusDemo"),
      errors: failed("errors"),
    },
  };
}
