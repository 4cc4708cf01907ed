import type { Organisation, Prisma, StartupProfile } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { uniqueSuffix } from "./sequence";

/** Creates an organisation (an operator unless `kind` says otherwise). */
export async function createOrganisation(
  db: FactoryDatabase,
  overrides: Partial<Prisma.OrganisationUncheckedCreateInput> = {},
): Promise<Organisation> {
  const suffix = uniqueSuffix();
  return db.organisation.create({
    data: {
      kind: "OPERATOR",
      slug: `organisation-${suffix}`,
      name: `Organisation ${suffix}`,
      ...overrides,
    },
  });
}

/** Creates an operator organisation: the tenant that runs programmes. */
export function createOperator(
  db: FactoryDatabase,
  overrides: Partial<Prisma.OrganisationUncheckedCreateInput> = {},
): Promise<Organisation> {
  const suffix = uniqueSuffix();
  return createOrganisation(db, {
    slug: `operator-${suffix}`,
    name: `Operator ${suffix}`,
    ...overrides,
    kind: "OPERATOR",
  });
}

/** Creates a pharma partner organisation. */
export function createPartner(
  db: FactoryDatabase,
  overrides: Partial<Prisma.OrganisationUncheckedCreateInput> = {},
): Promise<Organisation> {
  const suffix = uniqueSuffix();
  return createOrganisation(db, {
    slug: `partner-${suffix}`,
    name: `Partner Pharma ${suffix}`,
    ...overrides,
    kind: "PARTNER",
  });
}

export type StartupWithProfile = Organisation & { startupProfile: StartupProfile | null };

/**
 * Creates a start-up organisation with its profile. `profile` overrides the profile's
 * fields; pass `profile: null` for a start-up that has not filled one in yet.
 */
export async function createStartup(
  db: FactoryDatabase,
  overrides: Partial<Prisma.OrganisationUncheckedCreateInput> = {},
  profile: Partial<Omit<Prisma.StartupProfileUncheckedCreateInput, "organisationId">> | null = {},
): Promise<StartupWithProfile> {
  const suffix = uniqueSuffix();
  return db.organisation.create({
    data: {
      slug: `startup-${suffix}`,
      name: `Start-up ${suffix} Biotech`,
      ...overrides,
      kind: "STARTUP",
      startupProfile:
        profile === null
          ? undefined
          : {
              create: {
                foundedYear: 2023,
                headcount: 8,
                focusAreas: ["ONCOLOGY"],
                leadAsset: `SU-${suffix}, small-molecule kinase inhibitor`,
                pipelineStage: "Preclinical",
                universityOrigin: "HKU",
                ...profile,
              },
            },
    },
    include: { startupProfile: true },
  });
}

/** Creates a start-up profile, and a start-up organisation for it when none is given. */
export async function createStartupProfile(
  db: FactoryDatabase,
  overrides: Partial<Prisma.StartupProfileUncheckedCreateInput> = {},
): Promise<StartupProfile> {
  const organisationId = overrides.organisationId ?? (await createStartup(db, {}, null)).id;
  return db.startupProfile.create({
    data: { focusAreas: ["DIAGNOSTICS"], pipelineStage: "Discovery", ...overrides, organisationId },
  });
}
