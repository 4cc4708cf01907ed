import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACTION_MATRIX } from "../../authorization/action-matrix";
import { PRINCIPALS } from "../../authorization/principals";
import { countDenials, databaseFingerprint } from "./fingerprint";
import { SCENARIOS } from "./scenarios";
import { buildWorld, refreshActor, type World } from "./world";

// Only the cookie is simulated: getServerSession returns the token's claims, and the real
// session check (deactivation, session version), membership and permission chain runs.
const token = vi.hoisted(() => ({
  current: null as { user: { id: string; sessionVersion: number } } | null,
}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => token.current,
}));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({ "user-agent": "authorization-matrix", "x-forwarded-for": "192.0.2.10" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const DENIAL_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];
let cases = 0;

describe("authorization matrix: server actions", () => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld();
  });
  afterAll(() => {
    console.log(`authorization matrix: ${cases} action cases checked`);
  });

  it("has a scenario for every row", () => {
    const keys = ACTION_MATRIX.map((row) => `${row.file}#${row.exportedName}`);
    expect(Object.keys(SCENARIOS).sort()).toEqual([...keys].sort());
  });

  for (const row of ACTION_MATRIX) {
    const key = `${row.file}#${row.exportedName}`;
    describe(key, () => {
      for (const principal of PRINCIPALS) {
        const isAllowed = row.allowed.includes(principal);
        it(`${principal} is ${isAllowed ? "allowed" : "refused"}`, async () => {
          const actor = world.actors[principal];
          await refreshActor(actor, principal === "revoked-session");
          const run = await SCENARIOS[key]!(world, actor);
          token.current = actor.session ? { user: actor.session } : null;
          const before = await databaseFingerprint();
          const denialsBefore = await countDenials();

          const result = await run();
          cases++;

          if (isAllowed) {
            expect(result.serverError).toBeUndefined();
            expect(result.validationErrors).toBeUndefined();
            return;
          }
          expect(DENIAL_CODES).toContain(
            (result.serverError as { code?: string } | undefined)?.code,
          );
          expect(await databaseFingerprint()).toEqual(before);
          expect(await countDenials()).toBeGreaterThan(denialsBefore);
        });
      }
    });
  }
});
