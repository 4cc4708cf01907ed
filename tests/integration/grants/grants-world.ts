import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { createAttachment } from "../../factories/applications";
import { createEnrolment } from "../../factories/enrolments";
import { createGrantWithBuckets } from "../../factories/grants";
import { createMilestone } from "../../factories/milestones";
import { createOperator, createStartup } from "../../factories/organisations";
import { createIncuBioFundingBuckets, createProgramme } from "../../factories/programmes";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import { sessionUserFor } from "../members/session-user";

/**
 * Who the session mock returns: the user of the innermost `actAs` (so concurrent calls can act
 * as different people), else `current`. Tests mock `getCurrentUser` with `sessionFor()`.
 */
export const sessions = {
  storage: new AsyncLocalStorage<SessionUser>(),
  current: null as SessionUser | null,
};

export function currentSession(): SessionUser | null {
  return sessions.storage.getStore() ?? sessions.current;
}

/** Runs `fn` signed in as `userId` (a fresh session read, active memberships only). */
export async function actAs<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  const user = await sessionUserFor(userId);
  return sessions.storage.run(user, fn);
}

/** A new idempotency key, as the browser's form makes one. */
export function newKey(): string {
  return crypto.randomUUID();
}

/**
 * HKSTP-like operator running an Incu-Bio-like programme (the three Incu-Bio buckets) with a
 * second operator beside it; a start-up with two founders, an active enrolment and its grant
 * (buckets copied); an officer, a second officer and two finance approvers; a REGULATORY
 * milestone for the gated bucket.
 */
export async function buildGrantsWorld() {
  const db = testDb();
  const operator = await createOperator(db);
  const otherOperator = await createOperator(db);
  const programme = await createProgramme(db, { organisationId: operator.id });
  await createIncuBioFundingBuckets(db, programme);
  const startup = await createStartup(db);
  const otherStartup = await createStartup(db);
  const enrolment = await createEnrolment(db, {
    organisationId: operator.id,
    programmeId: programme.id,
    startupId: startup.id,
  });
  const { grant, buckets } = await createGrantWithBuckets(db, {
    organisationId: operator.id,
    enrolmentId: enrolment.id,
  });
  const bucket = (code: string) => {
    const found = buckets.find((item) => item.code === code);
    if (!found) throw new Error(`no ${code} bucket`);
    return found;
  };
  const member = (organisationId: string, role: Parameters<typeof createMember>[1]["role"]) =>
    createMember(db, { organisationId, role });
  const preInd = await createMilestone(db, {
    organisationId: operator.id,
    enrolmentId: enrolment.id,
    category: "REGULATORY",
    title: "Pre-IND meeting held",
    status: "IN_PROGRESS",
  });
  return {
    operator,
    otherOperator,
    programme,
    startup,
    otherStartup,
    enrolment,
    grant,
    subsidy: bucket("SUBSIDY"),
    upfront: bucket("UPFRONT"),
    regulatory: bucket("REGULATORY"),
    preInd,
    founder: await member(startup.id, "STARTUP_MEMBER"),
    cofounder: await member(startup.id, "STARTUP_MEMBER"),
    otherFounder: await member(otherStartup.id, "STARTUP_MEMBER"),
    officer: await member(operator.id, "PROGRAMME_OFFICER"),
    secondOfficer: await member(operator.id, "PROGRAMME_OFFICER"),
    finance: await member(operator.id, "FINANCE_APPROVER"),
    secondFinance: await member(operator.id, "FINANCE_APPROVER"),
    admin: await member(operator.id, "OPERATOR_ADMIN"),
    mentor: await member(operator.id, "MENTOR"),
    foreignOfficer: await member(otherOperator.id, "PROGRAMME_OFFICER"),
  };
}

export type GrantsWorld = Awaited<ReturnType<typeof buildGrantsWorld>>;

/** Attaches a receipt (row only; the bytes are not needed by the approval) to a tranche. */
export async function attachReceipt(
  world: GrantsWorld,
  disbursementId: string,
  uploadedById: string,
) {
  return createAttachment(testDb(), {
    organisationId: world.operator.id,
    disbursementId,
    kind: "PAYMENT_PROOF",
    uploadedById,
  });
}

/** The tranche as stored. */
export function trancheOf(id: string) {
  return testDb().disbursement.findUniqueOrThrow({ where: { id } });
}

/** Sum of approved, finance-approved and paid tranches of a bucket, read from the database. */
export async function committedInBucket(bucketId: string): Promise<bigint> {
  const sum = await testDb().disbursement.aggregate({
    where: { bucketId, status: { in: ["APPROVED", "FINANCE_APPROVED", "PAID"] } },
    _sum: { amountCents: true },
  });
  return sum._sum.amountCents ?? 0n;
}
