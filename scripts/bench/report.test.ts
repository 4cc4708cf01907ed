import { describe, expect, it } from "vitest";
import type { Measurement } from "./measure";
import { type BenchResult, evaluate, summarise } from "./report";

const measured = (
  requestsPerSecond: number,
  p50: number,
  p99: number,
  requests = 500,
): Measurement => ({
  requests,
  seconds: 10,
  requestsPerSecond,
  latencyMs: { p50, p90: p99, p99, mean: p50, max: p99 },
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  failedAnswers: 0,
});

const result = (
  dataset: string,
  kind: BenchResult["kind"],
  name: string,
  measurement: Measurement,
): BenchResult => ({
  dataset,
  kind,
  name,
  persona: "officer",
  path: "/",
  measurement,
  checks: { throughput: "n/a", p99: "n/a", scaleVersusDemo: "n/a", errors: "n/a" },
});

describe("the benchmark's targets", () => {
  it("compares each page with the floor, p99 with 250 ms and the scale data with the demo data", () => {
    const results = [
      result("demo", "floor", "Floor", measured(200, 40, 90)),
      result("demo", "page", "Home", measured(120, 60, 120)),
      result("scale", "floor", "Floor", measured(200, 40, 90)),
      result("scale", "page", "Home", measured(80, 130, 300)),
    ];
    evaluate(
      results,
      new Map([
        ["demo", { requestsPerSecond: 200 }],
        ["scale", { requestsPerSecond: 200 }],
      ]),
    );
    const [, demoHome, scaleFloor, scaleHome] = results;
    expect(demoHome!.ratioToFloor).toBeCloseTo(0.6);
    expect(demoHome!.checks).toEqual({
      throughput: "pass",
      p99: "pass",
      scaleVersusDemo: "n/a",
      errors: "pass",
    });
    expect(scaleHome!.ratioToFloor).toBeCloseTo(0.4);
    expect(scaleHome!.slowdownVersusDemo).toBeCloseTo(130 / 60);
    expect(scaleHome!.checks).toEqual({
      throughput: "fail",
      p99: "fail",
      scaleVersusDemo: "fail",
      errors: "pass",
    });
    expect(scaleFloor!.checks.scaleVersusDemo).toBe("n/a");
    expect(summarise(results).failures.p99).toEqual(["scale: Home"]);
  });

  it("fails a page that completed no request, and one that answered with errors", () => {
    const silent = result("demo", "page", "Slow", measured(0, 0, 0, 0));
    const failing = result("demo", "action", "Save", { ...measured(50, 20, 40), failedAnswers: 3 });
    evaluate([silent, failing], new Map([["demo", { requestsPerSecond: 100 }]]));
    expect(silent.checks).toMatchObject({ throughput: "fail", p99: "fail", errors: "fail" });
    expect(failing.checks.errors).toBe("fail");
    expect(failing.checks.throughput).toBe("n/a");
  });
});
