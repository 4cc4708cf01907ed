import type { ApplicationForm, Call, RubricCriterion } from "@/lib/generated/prisma/client";
import { createApplicationForm, createCall, createReviewRubric } from "@/tests/factories/calls";
import type { FactoryDatabase } from "@/tests/factories/database";
import {
  coIncubationEligibility,
  CUHK_SEED_ELIGIBILITY,
  type EligibilitySeed,
  INCU_BIO_ELIGIBILITY,
} from "./eligibility";
import { buildFormDefinition } from "./forms";
import { RUBRIC_CRITERIA, type RubricKey } from "./rubric";
import { must } from "./lookup";
import type { ProgrammeKey, SeedProgramme } from "./programmes";
import { hkt } from "./time";

export type CallKey = "IB26" | "IB27" | "AZ26" | "AZ27" | "BI26" | "BI27" | "CU26" | "CU27";

export type SeedCall = {
  key: CallKey;
  programmeKey: ProgrammeKey;
  call: Call;
  form: ApplicationForm;
  criteria: Map<RubricKey, RubricCriterion>;
  /** Reference prefix of its applications, e.g. "IB-2026". */
  referencePrefix: string;
};

type CallSeed = {
  key: CallKey;
  programmeKey: ProgrammeKey;
  slug: string;
  title: string;
  titleZh: string;
  summary: string;
  status: "PUBLISHED" | "CLOSED";
  opens: string;
  closes: string;
  published: string;
  intakeSize: number;
  isBlindReview?: boolean;
  referencePrefix: string;
  partnerName?: string;
  eligibility: EligibilitySeed[];
};

const OPEN_CALL_OPENS = "2026-10-01";
const OPEN_CALL_CLOSES = "2027-01-31";

const CALLS: CallSeed[] = [
  {
    key: "IB26",
    programmeKey: "incuBio",
    slug: "incu-bio-2026-spring",
    status: "CLOSED",
    title: "Incu-Bio Programme – Spring 2026 Intake",
    titleZh: "生物科技培育計劃 – 2026年春季招募",
    summary:
      "Up to HK$6 million, four years of incubation, mentoring and R&D facility access for Hong Kong biotech start-ups.",
    opens: "2026-02-02",
    closes: "2026-03-31",
    published: "2026-01-26",
    intakeSize: 10,
    referencePrefix: "IB-2026",
    eligibility: INCU_BIO_ELIGIBILITY,
  },
  {
    key: "IB27",
    programmeKey: "incuBio",
    slug: "incu-bio-2027",
    status: "PUBLISHED",
    title: "Incu-Bio Programme – 2027 Intake",
    titleZh: "生物科技培育計劃 – 2027年招募",
    summary: "Applications are screened as they arrive; the panel meets in February 2027.",
    opens: OPEN_CALL_OPENS,
    closes: OPEN_CALL_CLOSES,
    published: "2026-09-24",
    intakeSize: 12,
    referencePrefix: "IB-2027",
    eligibility: INCU_BIO_ELIGIBILITY,
  },
  {
    key: "AZ26",
    programmeKey: "astrazeneca",
    slug: "astrazeneca-2026",
    status: "CLOSED",
    title: "AstraZeneca Co-incubation Programme – 2026 Cohort",
    titleZh: "阿斯利康共同培育計劃 – 2026年度",
    summary:
      "Oncology, immunology, cell therapy, diagnostics and digital health start-ups, co-incubated with AstraZeneca.",
    opens: "2026-03-02",
    closes: "2026-04-30",
    published: "2026-02-23",
    intakeSize: 6,
    referencePrefix: "AZ-2026",
    partnerName: "AstraZeneca",
    eligibility: coIncubationEligibility("AstraZeneca", [
      "ONCOLOGY",
      "IMMUNOLOGY",
      "DIGITAL_HEALTH",
      "DIAGNOSTICS",
      "CELL_GENE_THERAPY",
    ]),
  },
  {
    key: "AZ27",
    programmeKey: "astrazeneca",
    slug: "astrazeneca-2027",
    status: "PUBLISHED",
    isBlindReview: true,
    title: "AstraZeneca Co-incubation Programme – 2027 Cohort",
    titleZh: "阿斯利康共同培育計劃 – 2027年度",
    summary:
      "Blind first-round review; shortlisted teams pitch to AstraZeneca scientists in March 2027.",
    opens: OPEN_CALL_OPENS,
    closes: OPEN_CALL_CLOSES,
    published: "2026-09-24",
    intakeSize: 6,
    referencePrefix: "AZ-2027",
    partnerName: "AstraZeneca",
    eligibility: coIncubationEligibility("AstraZeneca", [
      "ONCOLOGY",
      "IMMUNOLOGY",
      "DIGITAL_HEALTH",
      "DIAGNOSTICS",
      "CELL_GENE_THERAPY",
    ]),
  },
  {
    key: "BI26",
    programmeKey: "boehringer",
    slug: "boehringer-ingelheim-2026",
    status: "CLOSED",
    title: "Boehringer Ingelheim Co-incubation – Infectious Diseases & Immunology 2026",
    titleZh: "勃林格殷格翰共同培育計劃 – 2026年度",
    summary: "For infectious-disease and immunology start-ups from Hong Kong and overseas.",
    opens: "2026-04-01",
    closes: "2026-05-29",
    published: "2026-03-25",
    intakeSize: 5,
    referencePrefix: "BI-2026",
    partnerName: "Boehringer Ingelheim",
    eligibility: coIncubationEligibility("Boehringer Ingelheim", [
      "INFECTIOUS_DISEASE",
      "IMMUNOLOGY",
    ]),
  },
  {
    key: "BI27",
    programmeKey: "boehringer",
    slug: "boehringer-ingelheim-2027",
    status: "PUBLISHED",
    title: "Boehringer Ingelheim Co-incubation – Infectious Diseases & Immunology 2027",
    titleZh: "勃林格殷格翰共同培育計劃 – 2027年度",
    summary: "Rolling review: strong applications may be shortlisted before the call closes.",
    opens: OPEN_CALL_OPENS,
    closes: OPEN_CALL_CLOSES,
    published: "2026-09-24",
    intakeSize: 5,
    referencePrefix: "BI-2027",
    partnerName: "Boehringer Ingelheim",
    eligibility: coIncubationEligibility("Boehringer Ingelheim", [
      "INFECTIOUS_DISEASE",
      "IMMUNOLOGY",
    ]),
  },
  {
    key: "CU26",
    programmeKey: "cuhkSeed",
    slug: "seed-2026",
    status: "CLOSED",
    title: "Translational Biotech Seed Programme – 2026 Round",
    titleZh: "轉化生物科技種子計劃 – 2026年度",
    summary: "Seed funding of up to HK$1.5 million for CUHK spin-outs.",
    opens: "2026-01-15",
    closes: "2026-03-15",
    published: "2026-01-08",
    intakeSize: 4,
    referencePrefix: "SEED-2026",
    eligibility: CUHK_SEED_ELIGIBILITY,
  },
  {
    key: "CU27",
    programmeKey: "cuhkSeed",
    slug: "seed-2027",
    status: "PUBLISHED",
    title: "Translational Biotech Seed Programme – 2027 Round",
    titleZh: "轉化生物科技種子計劃 – 2027年度",
    summary: "Seed funding of up to HK$1.5 million for CUHK spin-outs.",
    opens: "2026-10-15",
    closes: "2027-01-15",
    published: "2026-10-08",
    intakeSize: 4,
    referencePrefix: "SEED-2027",
    eligibility: CUHK_SEED_ELIGIBILITY,
  },
];

/** Creates every call with its eligibility criteria, published form and published rubric. */
export async function seedCalls(
  db: FactoryDatabase,
  programmes: Map<ProgrammeKey, SeedProgramme>,
): Promise<Map<CallKey, SeedCall>> {
  const calls = new Map<CallKey, SeedCall>();
  for (const seed of CALLS) {
    const { programme } = must(programmes, seed.programmeKey);
    const scope = { organisationId: programme.organisationId };
    const publishedAt = hkt(seed.published, "10:00");
    const call = await createCall(db, {
      ...scope,
      programmeId: programme.id,
      slug: seed.slug,
      title: seed.title,
      titleZh: seed.titleZh,
      summary: seed.summary,
      status: seed.status,
      opensAt: hkt(seed.opens, "09:00"),
      closesAt: hkt(seed.closes, "23:59"),
      intakeSize: seed.intakeSize,
      isBlindReview: seed.isBlindReview ?? false,
      publishedAt,
    });
    await db.eligibilityCriterion.createMany({
      data: seed.eligibility.map((criterion, position) => ({
        ...criterion,
        ...scope,
        callId: call.id,
        position,
      })),
    });
    const form = await createApplicationForm(db, {
      ...scope,
      callId: call.id,
      version: 1,
      publishedAt,
      definition: buildFormDefinition({
        programmeName: programme.name,
        focusAreas: programme.focusAreas,
        fundingCapCents: programme.fundingCapCents,
        partnerName: seed.partnerName,
      }),
    });
    const rubric = await createReviewRubric(db, {
      ...scope,
      callId: call.id,
      version: 1,
      publishedAt,
    });
    const criteria = await db.rubricCriterion.createManyAndReturn({
      data: RUBRIC_CRITERIA.map((criterion, position) => ({
        ...criterion,
        ...scope,
        rubricId: rubric.id,
        position,
      })),
    });
    calls.set(seed.key, {
      key: seed.key,
      programmeKey: seed.programmeKey,
      call,
      form,
      criteria: new Map(criteria.map((criterion) => [criterion.key as RubricKey, criterion])),
      referencePrefix: seed.referencePrefix,
    });
  }
  return calls;
}
