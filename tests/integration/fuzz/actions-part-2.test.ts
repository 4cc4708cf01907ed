import { vi } from "vitest";
import { ACTION_MATRIX } from "../../authorization/action-matrix";
import { describeActionFuzz } from "../../fuzz-support/describe-action-fuzz";

// As in the authorization matrix: only the cookie is simulated; the real session check,
// membership and permission chain run.
const token = vi.hoisted(() => ({
  current: null as { user: { id: string; sessionVersion: number } } | null,
}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => token.current,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "user-agent": "fuzz", "x-forwarded-for": "192.0.2.30" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// Half of the matrix per file, so the two test workers share the work.
describeActionFuzz(
  "fuzz: server actions (part 2 of 2)",
  ACTION_MATRIX.filter((_, index) => index % 2 === 1),
  (session) => {
    token.current = session ? { user: session } : null;
  },
);
