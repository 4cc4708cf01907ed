/** Adds up Vitest and Playwright JSON reports and prints one "N passed, N failed" line. */
import fs from "node:fs";

type Totals = { passed: number; failed: number; skipped: number };

function readReport(file: string): Totals {
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  if ("numPassedTests" in report) {
    return {
      passed: Number(report.numPassedTests),
      failed: Number(report.numFailedTests),
      skipped: Number(report.numPendingTests ?? 0) + Number(report.numTodoTests ?? 0),
    };
  }
  const stats = report.stats as {
    expected: number;
    unexpected: number;
    flaky: number;
    skipped: number;
  };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of process.argv.slice(2)) {
  const report = readReport(file);
  console.log(
    `${file}: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`,
  );
  totals.passed += report.passed;
  totals.failed += report.failed;
  totals.skipped += report.skipped;
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.failed > 0 || totals.passed === 0) process.exit(1);
