import type { Programme, ProgrammeFundingBucket } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "@/tests/factories/database";
import {
  createIncuBioFundingBuckets,
  createProgramme,
  createProgrammeFundingBucket,
  createProgrammePartner,
} from "@/tests/factories/programmes";
import type { SeedOrganisations } from "./people";

export type ProgrammeKey = "incuBio" | "astrazeneca" | "boehringer" | "cuhkSeed";

export type SeedProgramme = { programme: Programme; buckets: ProgrammeFundingBucket[] };

const INCUBATION_BENEFITS = [
  "MENTORING",
  "BUSINESS_MATCHING",
  "ENTREPRENEUR_IN_RESIDENCE",
  "RD_FACILITY_ACCESS",
  "FUNDING",
] as const;

/** HKSTP's Incu-Bio and its two co-incubation programmes, and the CUHK seed programme. */
export async function seedProgrammes(
  db: FactoryDatabase,
  organisations: SeedOrganisations,
): Promise<Map<ProgrammeKey, SeedProgramme>> {
  const hkstpId = organisations.hkstp.id;
  const programmes = new Map<ProgrammeKey, SeedProgramme>();

  const incuBio = await createProgramme(db, {
    organisationId: hkstpId,
    slug: "incu-bio",
    name: "Incu-Bio Programme",
    nameZh: "生物科技培育計劃",
    kind: "INCUBATION",
    focusAreas: [
      "INFECTIOUS_DISEASE",
      "IMMUNOLOGY",
      "ONCOLOGY",
      "MEDICAL_DEVICES",
      "DIAGNOSTICS",
      "CELL_GENE_THERAPY",
      "DIGITAL_HEALTH",
      "TCM_MODERNISATION",
    ],
    benefits: [...INCUBATION_BENEFITS],
    description:
      "HKSTP's four-year incubation programme for biotech start-ups: dedicated biotech mentoring, business matching, entrepreneur-in-residence, access to the Science Park's R&D facilities and talent pool, and funding of up to HK$6 million.",
    fundingCapCents: 600_000_000n,
    durationMonths: 48,
  });
  programmes.set("incuBio", {
    programme: incuBio,
    buckets: await createIncuBioFundingBuckets(db, incuBio),
  });

  const astrazeneca = await createProgramme(db, {
    organisationId: hkstpId,
    slug: "astrazeneca-co-incubation",
    name: "AstraZeneca Co-incubation Programme",
    nameZh: "阿斯利康共同培育計劃",
    kind: "CO_INCUBATION",
    focusAreas: ["ONCOLOGY", "IMMUNOLOGY", "DIGITAL_HEALTH", "DIAGNOSTICS", "CELL_GENE_THERAPY"],
    benefits: [...INCUBATION_BENEFITS, "INVESTOR_ACCESS"],
    description:
      "Run with AstraZeneca since 2021: Incu-Bio support plus AstraZeneca scientific mentoring, connections to Greater Bay Area hospitals and key opinion leaders, and introductions to overseas investors.",
    fundingCapCents: 600_000_000n,
    durationMonths: 48,
  });
  await createProgrammePartner(db, {
    organisationId: hkstpId,
    programmeId: astrazeneca.id,
    partnerId: organisations.astrazeneca.id,
  });
  programmes.set("astrazeneca", {
    programme: astrazeneca,
    buckets: await createIncuBioFundingBuckets(db, astrazeneca),
  });

  const boehringer = await createProgramme(db, {
    organisationId: hkstpId,
    slug: "boehringer-ingelheim-co-incubation",
    name: "Boehringer Ingelheim Co-incubation Programme – Infectious Diseases & Immunology",
    nameZh: "勃林格殷格翰共同培育計劃 – 傳染病及免疫學",
    kind: "CO_INCUBATION",
    focusAreas: ["INFECTIOUS_DISEASE", "IMMUNOLOGY"],
    benefits: [...INCUBATION_BENEFITS, "INVESTOR_ACCESS"],
    description:
      "For start-ups in infectious diseases and immunology from Hong Kong and overseas: expert advice on commercialisation, manufacturing, scale-up and marketing strategy, one-on-one coaching and assessment against research milestones, and investment insight from Boehringer Ingelheim.",
    fundingCapCents: 600_000_000n,
    durationMonths: 48,
  });
  await createProgrammePartner(db, {
    organisationId: hkstpId,
    programmeId: boehringer.id,
    partnerId: organisations.boehringer.id,
  });
  programmes.set("boehringer", {
    programme: boehringer,
    buckets: await createIncuBioFundingBuckets(db, boehringer),
  });

  const cuhkId = organisations.cuhk.id;
  const cuhkSeed = await createProgramme(db, {
    organisationId: cuhkId,
    slug: "translational-seed",
    name: "Translational Biotech Seed Programme",
    nameZh: "轉化生物科技種子計劃",
    kind: "ACCELERATOR",
    focusAreas: ["DIAGNOSTICS", "MEDICAL_DEVICES", "CELL_GENE_THERAPY", "ONCOLOGY"],
    benefits: ["MENTORING", "RD_FACILITY_ACCESS", "FUNDING"],
    description:
      "Eighteen months of seed funding, lab space in Sha Tin and mentoring for CUHK spin-outs on the way to their first institutional round.",
    fundingCapCents: 150_000_000n,
    durationMonths: 18,
  });
  const cuhkBuckets = [
    await createProgrammeFundingBucket(db, {
      organisationId: cuhkId,
      programmeId: cuhkSeed.id,
      code: "SEED",
      name: "Seed grant",
      nameZh: "種子資助",
      capCents: 50_000_000n,
      evidenceRule: "NONE",
      position: 0,
    }),
    await createProgrammeFundingBucket(db, {
      organisationId: cuhkId,
      programmeId: cuhkSeed.id,
      code: "PROOF_OF_CONCEPT",
      name: "Proof-of-concept fund",
      nameZh: "概念驗證基金",
      capCents: 100_000_000n,
      evidenceRule: "PAYMENT_PROOF",
      requiresPreApproval: true,
      position: 1,
    }),
  ];
  programmes.set("cuhkSeed", { programme: cuhkSeed, buckets: cuhkBuckets });
  return programmes;
}
