import fc from "fast-check";
import { vi } from "vitest";
import type { ActionRow } from "../authorization/action-row";
import { SIGNED_IN_PRINCIPALS, type Principal } from "../authorization/principals";
import type { Scenario } from "../integration/authorization/scenarios";
import { refreshActor, type Actor, type World } from "../integration/authorization/world";
import { testDb } from "../setup/test-database";
import type { ActionOutcome } from "./outcome";

/** Runs per action: `FUZZ_RUNS=5000` locally for a long hunt (then without a time cap). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/**
 * By default (CI) each action gets its first MIN_RUNS runs whatever they cost, then runs until
 * FUZZ_RUNS or FUZZ_BUDGET_MS (default 1.2 s), so a loaded machine does fewer runs instead of
 * blowing the suite's time budget. Every run, capped or not, is checked the same way.
 */
export const MIN_RUNS = Math.min(10, FUZZ_RUNS);
const BUDGET_MS = process.env.FUZZ_RUNS ? undefined : Number(process.env.FUZZ_BUDGET_MS ?? 1_200);

/** fast-check parameters for one phase (`FUZZ_SEED` replays a failure). */
export function fuzzParameters(phase: "minimum" | "rest"): fc.Parameters<unknown> {
  return {
    numRuns: phase === "minimum" ? MIN_RUNS : FUZZ_RUNS - MIN_RUNS,
    ...(process.env.FUZZ_SEED
      ? { seed: Number(process.env.FUZZ_SEED) + (phase === "rest" ? 1 : 0) }
      : {}),
    // Time-capped runs stop early without failing (fast-check's markInterruptAsFailure: false).
    ...(phase === "rest" && BUDGET_MS !== undefined ? { interruptAfterTimeLimit: BUDGET_MS } : {}),
    verbose: 1,
  };
}

export type CallAction = (input: unknown) => Promise<ActionOutcome>;

const capture = { isOn: false, inputs: [] as unknown[] };

/**
 * Replaces every matrix action's module with one whose action can record its input instead of
 * running: the authorization scenarios then hand over the valid input they would send, which
 * the fuzzer mutates. Must run before the scenarios are imported.
 */
export function captureMatrixInputs(rows: readonly ActionRow[]): void {
  for (const row of rows) {
    vi.doMock(`@/${row.file.replace(/\.ts$/, "")}`, async (importOriginal) => {
      const original = await importOriginal<Record<string, unknown>>();
      const action = original[row.exportedName] as CallAction;
      const recording = (...args: unknown[]) => {
        if (!capture.isOn) return action(args[0]);
        capture.inputs.push(args.length ? args[0] : undefined);
        return Promise.resolve({});
      };
      return { ...original, [row.exportedName]: recording };
    });
  }
}

/** The real action of a matrix row. */
export async function loadAction(row: ActionRow): Promise<CallAction> {
  const exports = (await import(/* @vite-ignore */ `@/${row.file.replace(/\.ts$/, "")}`)) as Record<
    string,
    unknown
  >;
  const action = exports[row.exportedName];
  if (typeof action !== "function") throw new Error(`${row.file} exports no ${row.exportedName}`);
  return action as CallAction;
}

/**
 * Builds the scenario's target for the actor and returns the input the scenario sends, without
 * running the action. Throws when the scenario sends none (it must call its action once).
 */
export async function validInputOf(
  scenario: Scenario,
  world: World,
  actor: Actor,
): Promise<{ input: unknown; hasInput: boolean }> {
  await refreshActor(actor, false);
  const run = await scenario(world, actor);
  capture.isOn = true;
  capture.inputs = [];
  try {
    await run();
  } finally {
    capture.isOn = false;
  }
  if (capture.inputs.length !== 1) {
    throw new Error(`the scenario called its action ${capture.inputs.length} times, not once`);
  }
  return { input: capture.inputs[0], hasInput: capture.inputs[0] !== undefined };
}

// acceptInvitation allows nobody in the matrix (only the invitee, a fresh user, may accept):
// any signed-in user exercises its input validation the same way.
const FALLBACK_PRINCIPAL: Principal = "operator-admin";

/** A principal the matrix allows to run the action, preferring tenant A's own people. */
export function allowedPrincipal(row: ActionRow): Principal {
  const own = SIGNED_IN_PRINCIPALS.filter((principal) => !principal.startsWith("foreign"));
  return (
    own.find((principal) => row.allowed.includes(principal)) ??
    SIGNED_IN_PRINCIPALS.find((principal) => row.allowed.includes(principal)) ??
    FALLBACK_PRINCIPAL
  );
}

async function allIds(): Promise<Set<string>> {
  const db = testDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    select table_name as name from information_schema.columns
    where table_schema = current_schema() and column_name = 'id' and data_type = 'text'`;
  const ids = new Set<string>();
  for (const { name } of tables) {
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(`select id from "${name}"`);
    rows.forEach((row) => ids.add(row.id));
  }
  return ids;
}

/**
 * Ids of records the fuzzed actors have no business with: everything `build` creates (another
 * world: other operators, start-ups and partners, with one target of every scenario).
 */
export async function idsCreatedBy(build: () => Promise<void>): Promise<string[]> {
  const before = await allIds();
  await build();
  return [...(await allIds())].filter((id) => !before.has(id));
}
