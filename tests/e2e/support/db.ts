import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../../lib/auth/password";

// The owner connection (DATABASE_URL, set by scripts/run-with-db.ts): not bound by row-level
// security, so tests can arrange and read back rows of any tenant. Never the app's role.

let pool: pg.Pool | undefined;

function database(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set: run the end-to-end tests with `npm run test:e2e` (scripts/run-with-db.ts).",
    );
  }
  pool ??= new pg.Pool({ connectionString, max: 2, allowExitOnIdle: true });
  return pool;
}

/** Runs one parameterised statement as the owner and returns its rows. */
export async function sql<Row extends Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const result = await database().query<Row>(text, values);
  return result.rows;
}

/** Ends the pool; call from `test.afterAll` so the worker exits promptly. */
export async function closeDatabase(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.end();
}

/** A cuid-shaped id (what Prisma's `@default(cuid())` would have generated client-side). */
function newId(): string {
  return `c${randomBytes(12).toString("hex").slice(0, 24)}`;
}

/** An email address no earlier run has used, e.g. `e2e-replay-1f2e3d4c@example.com`. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${randomUUID().slice(0, 8)}@example.com`.toLowerCase();
}

/** A client address no other test uses, for the per-address sign-in throttle (behind a trusted proxy). */
export function uniqueClientAddress(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

export type TestUser = { id: string; email: string; password: string; membershipId: string };

/**
 * Creates a user (argon2id hash, as lib/auth/password.ts makes it) with an ACTIVE membership
 * in the organisation with `organisationSlug`. Unique per call, so runs never collide.
 */
export async function createUserWithMembership(options: {
  label: string;
  organisationSlug: string;
  role: string;
  password?: string;
}): Promise<TestUser> {
  const password = options.password ?? `E2e-${randomUUID()}`;
  const email = uniqueEmail(options.label);
  const passwordHash = await hashPassword(password);
  const [organisation] = await sql<{ id: string }>(
    `select "id" from "Organisation" where "slug" = $1`,
    [options.organisationSlug],
  );
  if (!organisation) throw new Error(`No organisation ${options.organisationSlug} in the seed`);
  const userId = newId();
  const membershipId = newId();
  await sql(
    `insert into "User" ("id", "email", "name", "passwordHash", "updatedAt")
     values ($1, $2, $3, $4, now())`,
    [userId, email, `E2E ${options.label}`, passwordHash],
  );
  await sql(
    `insert into "Membership" ("id", "organisationId", "userId", "role", "status", "updatedAt")
     values ($1, $2, $3, $4::"MembershipRole", 'ACTIVE', now())`,
    [membershipId, organisation.id, userId, options.role],
  );
  return { id: userId, email, password, membershipId };
}

export type MembershipRow = {
  id: string;
  role: string;
  status: string;
  updatedAt: Date;
  sessionVersion: number;
};

/** A membership as stored, with its user's session version (role changes bump it). */
export async function readMembershipOf(email: string, organisationSlug: string) {
  const [row] = await sql<MembershipRow & { userId: string }>(
    `select m."id", m."role", m."status", m."updatedAt", m."userId", u."sessionVersion"
       from "Membership" m
       join "User" u on u."id" = m."userId"
       join "Organisation" o on o."id" = m."organisationId"
      where u."email" = $1 and o."slug" = $2`,
    [email, organisationSlug],
  );
  if (!row) throw new Error(`${email} has no membership in ${organisationSlug}`);
  return row;
}

export async function readMembership(membershipId: string): Promise<MembershipRow> {
  const [row] = await sql<MembershipRow>(
    `select m."id", m."role", m."status", m."updatedAt", u."sessionVersion"
       from "Membership" m join "User" u on u."id" = m."userId"
      where m."id" = $1`,
    [membershipId],
  );
  if (!row) throw new Error(`No membership ${membershipId}`);
  return row;
}

export type DenialRow = {
  organisationId: string | null;
  actorId: string | null;
  reason: string | null;
};

/**
 * `access.denied` events left by requests that carried this User-Agent (each test sends a
 * unique one, so it finds exactly its own events whatever else ran before).
 */
export async function denialsWithUserAgent(userAgent: string): Promise<DenialRow[]> {
  return sql<DenialRow>(
    `select "organisationId", "actorId", "after"->>'reason' as "reason"
       from "AuditEvent"
      where "action" = 'access.denied' and "userAgent" = $1
      order by "createdAt", "id"`,
    [userAgent],
  );
}

export async function userIdOf(email: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`select "id" from "User" where "email" = $1`, [email]);
  if (!row) throw new Error(`No user ${email}`);
  return row.id;
}

export async function organisationIdOf(slug: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`select "id" from "Organisation" where "slug" = $1`, [
    slug,
  ]);
  if (!row) throw new Error(`No organisation ${slug}`);
  return row.id;
}
