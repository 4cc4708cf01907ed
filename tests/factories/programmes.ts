import type {
  Prisma,
  Programme,
  ProgrammeFundingBucket,
  ProgrammePartner,
} from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { createOperator, createPartner } from "./organisations";
import { uniqueSuffix } from "./sequence";

/** Incu-Bio's published split of the HK$6M (HKD cents); the seed and tests both use it. */
export const INCU_BIO_FUNDING_BUCKETS = [
  {
    code: "SUBSIDY",
    name: "Financial subsidy",
    nameZh: "財務資助",
    capCents: 64_000_000n,
    evidenceRule: "NONE",
    requiresPreApproval: false,
    gatingMilestoneCategory: null,
  },
  {
    code: "UPFRONT",
    name: "Upfront grant",
    nameZh: "預付資助",
    capCents: 336_000_000n,
    evidenceRule: "PAYMENT_PROOF",
    requiresPreApproval: true,
    gatingMilestoneCategory: null,
  },
  {
    code: "REGULATORY",
    name: "Regulatory-affairs funding",
    nameZh: "規管事務資助",
    capCents: 200_000_000n,
    evidenceRule: "PAYMENT_PROOF",
    requiresPreApproval: true,
    gatingMilestoneCategory: "REGULATORY",
  },
] as const satisfies readonly Omit<
  Prisma.ProgrammeFundingBucketUncheckedCreateInput,
  "organisationId" | "programmeId"
>[];

/** Creates an active incubation programme (HK$6M cap, 48 months) under a new or given operator. */
export async function createProgramme(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ProgrammeUncheckedCreateInput> = {},
): Promise<Programme> {
  const suffix = uniqueSuffix();
  const organisationId = overrides.organisationId ?? (await createOperator(db)).id;
  return db.programme.create({
    data: {
      slug: `programme-${suffix}`,
      name: `Programme ${suffix}`,
      kind: "INCUBATION",
      focusAreas: ["ONCOLOGY", "IMMUNOLOGY"],
      benefits: ["MENTORING", "FUNDING"],
      fundingCapCents: 600_000_000n,
      durationMonths: 48,
      ...overrides,
      organisationId,
    },
  });
}

/**
 * The programme a child row belongs to and its operator: trusted as given when both ids
 * are set, read from the programme when only its id is, otherwise a new programme.
 */
export async function resolveProgramme(
  db: FactoryDatabase,
  ids: { programmeId?: string; organisationId?: string },
  programmeOverrides: Partial<Prisma.ProgrammeUncheckedCreateInput> = {},
): Promise<{ programmeId: string; organisationId: string }> {
  if (ids.programmeId && ids.organisationId) {
    return { programmeId: ids.programmeId, organisationId: ids.organisationId };
  }
  const programme = ids.programmeId
    ? await db.programme.findUniqueOrThrow({ where: { id: ids.programmeId } })
    : await createProgramme(db, { ...programmeOverrides, organisationId: ids.organisationId });
  return { programmeId: programme.id, organisationId: programme.organisationId };
}

/** Links a partner to a programme; creates a co-incubation programme and a partner when missing. */
export async function createProgrammePartner(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ProgrammePartnerUncheckedCreateInput> = {},
): Promise<ProgrammePartner> {
  const scope = await resolveProgramme(db, overrides, { kind: "CO_INCUBATION" });
  const partnerId = overrides.partnerId ?? (await createPartner(db)).id;
  return db.programmePartner.create({ data: { ...overrides, ...scope, partnerId } });
}

/** Creates one funding bucket of a programme (HK$1M, no evidence needed, by default). */
export async function createProgrammeFundingBucket(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ProgrammeFundingBucketUncheckedCreateInput> = {},
): Promise<ProgrammeFundingBucket> {
  const suffix = uniqueSuffix();
  const scope = await resolveProgramme(db, overrides);
  return db.programmeFundingBucket.create({
    data: {
      code: `BUCKET_${suffix.toUpperCase()}`,
      name: `Funding bucket ${suffix}`,
      capCents: 100_000_000n,
      evidenceRule: "NONE",
      ...overrides,
      ...scope,
    },
  });
}

/** Gives a programme the three Incu-Bio buckets (subsidy, upfront, regulatory). */
export async function createIncuBioFundingBuckets(
  db: FactoryDatabase,
  programme: Pick<Programme, "id" | "organisationId">,
): Promise<ProgrammeFundingBucket[]> {
  const buckets: ProgrammeFundingBucket[] = [];
  for (const [position, bucket] of INCU_BIO_FUNDING_BUCKETS.entries()) {
    buckets.push(
      await createProgrammeFundingBucket(db, {
        ...bucket,
        position,
        programmeId: programme.id,
        organisationId: programme.organisationId,
      }),
    );
  }
  return buckets;
}
