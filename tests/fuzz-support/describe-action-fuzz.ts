import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionRow } from "../authorization/action-row";
import type { Scenario } from "../integration/authorization/scenarios";
import { buildWorld, refreshActor, type World } from "../integration/authorization/world";
import {
  allowedPrincipal,
  captureMatrixInputs,
  FUZZ_RUNS,
  fuzzParameters,
  MIN_RUNS,
  idsCreatedBy,
  loadAction,
  validInputOf,
} from "./action-fuzz";
import { changedTables, databaseFingerprint } from "./fingerprint";
import { isPrototypePolluted } from "./hostile-values";
import { malformedInputs } from "./malformed-input";
import { judgeOutcome, type ActionOutcome, type Verdict } from "./outcome";

export type SignIn = (session: { id: string; sessionVersion: number } | null) => void;

const keyOf = (row: ActionRow) => `${row.file}#${row.exportedName}`;

/**
 * For each row: sign in as a principal the matrix allows, take the valid input of the row's
 * authorization scenario, and check that malformed variants of it resolve (never throw, never
 * the INTERNAL error), are refused with zod's structure or an AppError with a readable message,
 * change no row and pollute no prototype. Lenient variants (hostile text, dropped optional
 * values) may be accepted; then only "no 500, no throw" applies.
 */
export function describeActionFuzz(title: string, allRows: readonly ActionRow[], signIn: SignIn) {
  // `FUZZ_ACTIONS=awardGrant,submitReview` narrows a local hunt to some actions.
  const only = process.env.FUZZ_ACTIONS?.split(",");
  const rows = only ? allRows.filter((row) => only.includes(row.exportedName)) : allRows;
  if (rows.length === 0) {
    // Only when FUZZ_ACTIONS names actions of the other part: an empty file would error.
    it(`${title}: FUZZ_ACTIONS names none of this part's actions`, () => {
      expect(only).toBeDefined();
    });
    return;
  }
  captureMatrixInputs(rows);

  describe(title, () => {
    let world: World;
    let scenarios: Record<string, Scenario>;
    let foreignIds: string[] = [];

    beforeAll(async () => {
      ({ SCENARIOS: scenarios } = await import("../integration/authorization/scenarios"));
      foreignIds = await idsCreatedBy(async () => {
        const other = await buildWorld();
        for (const row of rows) {
          const scenario = scenarios[keyOf(row)];
          if (scenario) await validInputOf(scenario, other, other.actors[allowedPrincipal(row)]);
        }
      });
      world = await buildWorld();
    }, 120_000);

    for (const row of rows) {
      it(
        `${keyOf(row)} refuses malformed input cleanly`,
        { timeout: 60_000 + FUZZ_RUNS * 400 },
        async () => {
          const scenario = scenarios[keyOf(row)];
          expect(scenario, "an authorization scenario for the row").toBeDefined();
          const principal = allowedPrincipal(row);
          const actor = world.actors[principal];
          const { input, hasInput } = await validInputOf(scenario!, world, actor);
          const action = await loadAction(row);
          signIn(actor.session);

          const tally: Record<Verdict, number> = { validation: 0, refused: 0, accepted: 0 };
          const started = performance.now();
          let actionMs = 0;
          let fingerprint = await databaseFingerprint();
          const property = fc.asyncProperty(malformedInputs(input, foreignIds), async (fuzz) => {
            let outcome: ActionOutcome;
            const callStarted = performance.now();
            try {
              outcome = await action(fuzz.input);
              actionMs += performance.now() - callStarted;
            } catch (error) {
              throw new Error(`the action threw instead of resolving: ${String(error)}`);
            }
            const verdict = judgeOutcome(outcome);
            expect(isPrototypePolluted(), "Object.prototype was polluted").toBe(false);
            const after = await databaseFingerprint();
            const changed = changedTables(fingerprint, after);
            fingerprint = after;
            tally[verdict]++;
            if (verdict === "accepted") {
              // An action without input (sign out everywhere) has nothing to refuse.
              expect(fuzz.mustReject && hasInput, `accepted: ${fuzz.changes.join("; ")}`).toBe(
                false,
              );
              // Success may have moved the session on (a new password): sign in again.
              await refreshActor(actor, false);
              signIn(actor.session);
              fingerprint = await databaseFingerprint();
              return;
            }
            expect(changed, `refused but changed rows: ${fuzz.changes.join("; ")}`).toEqual([]);
          });
          await fc.assert(property, fuzzParameters("minimum"));
          if (FUZZ_RUNS > MIN_RUNS) await fc.assert(property, fuzzParameters("rest"));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          const runs = tally.validation + tally.refused + tally.accepted;
          console.log(
            `fuzz ${keyOf(row)} as ${principal}: ${runs} runs in ${seconds}s ` +
              `(${tally.validation} validation, ${tally.refused} refused, ${tally.accepted} accepted; ` +
              `${(actionMs / 1000).toFixed(1)}s in the action)`,
          );
        },
      );
    }
  });
}
