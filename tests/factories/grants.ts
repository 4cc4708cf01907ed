import type { Disbursement, Grant, GrantBucket, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { resolveEnrolment } from "./enrolments";
import { createIncuBioFundingBuckets } from "./programmes";
import { uniqueSuffix } from "./sequence";
import { createMember, createUser } from "./users";

/** Creates an ACTIVE grant for a new or given enrolment; the total defaults to the programme cap. */
export async function createGrant(
  db: FactoryDatabase,
  overrides: Partial<Prisma.GrantUncheckedCreateInput> = {},
): Promise<Grant> {
  const scope = await resolveEnrolment(db, overrides);
  const approvedTotalCents =
    overrides.approvedTotalCents ??
    (
      await db.enrolment.findUniqueOrThrow({
        where: { id: scope.enrolmentId },
        include: { programme: true },
      })
    ).programme.fundingCapCents;
  return db.grant.create({ data: { ...overrides, ...scope, approvedTotalCents } });
}

/**
 * Creates a grant and copies its programme's funding buckets into it, as awarding a grant
 * does. A programme without buckets first gets the three Incu-Bio buckets.
 */
export async function createGrantWithBuckets(
  db: FactoryDatabase,
  overrides: Partial<Prisma.GrantUncheckedCreateInput> = {},
): Promise<{ grant: Grant; buckets: GrantBucket[] }> {
  const grant = await createGrant(db, overrides);
  const { programme } = await db.enrolment.findUniqueOrThrow({
    where: { id: grant.enrolmentId },
    include: { programme: { include: { fundingBuckets: { orderBy: { position: "asc" } } } } },
  });
  const programmeBuckets =
    programme.fundingBuckets.length > 0
      ? programme.fundingBuckets
      : await createIncuBioFundingBuckets(db, programme);
  const buckets: GrantBucket[] = [];
  for (const bucket of programmeBuckets) {
    buckets.push(
      await db.grantBucket.create({
        data: {
          organisationId: grant.organisationId,
          grantId: grant.id,
          programmeBucketId: bucket.id,
          code: bucket.code,
          name: bucket.name,
          nameZh: bucket.nameZh,
          capCents: bucket.capCents,
          evidenceRule: bucket.evidenceRule,
          requiresPreApproval: bucket.requiresPreApproval,
          gatingMilestoneCategory: bucket.gatingMilestoneCategory,
        },
      }),
    );
  }
  return { grant, buckets };
}

/** Creates one bucket of a new or given grant (HK$1M, no evidence needed, by default). */
export async function createGrantBucket(
  db: FactoryDatabase,
  overrides: Partial<Prisma.GrantBucketUncheckedCreateInput> = {},
): Promise<GrantBucket> {
  const suffix = uniqueSuffix();
  const grant =
    overrides.grantId && overrides.organisationId
      ? { id: overrides.grantId, organisationId: overrides.organisationId }
      : overrides.grantId
        ? await db.grant.findUniqueOrThrow({ where: { id: overrides.grantId } })
        : await createGrant(db, { organisationId: overrides.organisationId });
  return db.grantBucket.create({
    data: {
      code: `BUCKET_${suffix.toUpperCase()}`,
      name: `Funding bucket ${suffix}`,
      capCents: 100_000_000n,
      evidenceRule: "NONE",
      ...overrides,
      grantId: grant.id,
      organisationId: grant.organisationId,
    },
  });
}

const OFFICER_APPROVED = new Set(["APPROVED", "FINANCE_APPROVED", "PAID"]);
const FINANCE_APPROVED = new Set(["FINANCE_APPROVED", "PAID"]);

/**
 * Creates a tranche (REQUESTED, HK$10,000 by default) on a new or given bucket. For a later
 * status the signatures that status implies are filled in by distinct new users (officer,
 * then finance approver) unless given, so the row obeys maker-checker.
 */
export async function createDisbursement(
  db: FactoryDatabase,
  overrides: Partial<Prisma.DisbursementUncheckedCreateInput> = {},
): Promise<Disbursement> {
  const suffix = uniqueSuffix();
  const bucket = overrides.bucketId
    ? await db.grantBucket.findUniqueOrThrow({ where: { id: overrides.bucketId } })
    : await createGrantBucket(db, {
        grantId: overrides.grantId,
        organisationId: overrides.organisationId,
      });
  const organisationId = bucket.organisationId;
  const status = overrides.status ?? "REQUESTED";
  const now = new Date();
  const signer = async (role: "PROGRAMME_OFFICER" | "FINANCE_APPROVER") =>
    (await createMember(db, { organisationId, role })).user.id;

  const approvedById =
    overrides.approvedById ??
    (OFFICER_APPROVED.has(status) ? await signer("PROGRAMME_OFFICER") : null);
  const financeApprovedById =
    overrides.financeApprovedById ??
    (FINANCE_APPROVED.has(status) ? await signer("FINANCE_APPROVER") : null);
  const rejectedById =
    overrides.rejectedById ?? (status === "REJECTED" ? await signer("PROGRAMME_OFFICER") : null);
  const requestedById = overrides.requestedById ?? (await createUser(db)).id;

  return db.disbursement.create({
    data: {
      amountCents: 1_000_000n,
      purpose: `Tranche ${suffix}`,
      idempotencyKey: `disbursement-${suffix}`,
      approvedAt: approvedById ? now : null,
      financeApprovedAt: financeApprovedById ? now : null,
      paidById: status === "PAID" ? financeApprovedById : null,
      paidAt: status === "PAID" ? now : null,
      paymentReference: status === "PAID" ? `PAY-${suffix.toUpperCase()}` : null,
      rejectedAt: rejectedById ? now : null,
      rejectionReason: rejectedById ? "Invoice does not match the pre-approved budget line." : null,
      ...overrides,
      status,
      organisationId,
      grantId: bucket.grantId,
      bucketId: bucket.id,
      requestedById,
      approvedById,
      financeApprovedById,
      rejectedById,
    },
  });
}
