import type {
  ApplicationForm,
  Call,
  EligibilityCriterion,
  Prisma,
  ReviewRubric,
  RubricCriterion,
} from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { resolveProgramme } from "./programmes";
import { daysFrom, uniqueSuffix } from "./sequence";

/** A small but complete form definition (one section, the common question types). */
export const FACTORY_FORM_DEFINITION = {
  sections: [
    {
      key: "project",
      title: "Project",
      questions: [
        {
          key: "project_summary",
          type: "longText",
          label: "Project summary",
          required: true,
          maxLength: 2000,
        },
        {
          key: "hk_company",
          type: "yesNo",
          label: "Is the company incorporated in Hong Kong?",
          required: true,
        },
        {
          key: "br_number",
          type: "shortText",
          label: "Business Registration number",
          required: true,
          maxLength: 20,
          showIf: { questionKey: "hk_company", equals: true },
        },
        {
          key: "funding_requested",
          type: "currency",
          label: "Funding requested",
          currency: "HKD",
          required: true,
        },
        {
          key: "pitch_deck",
          type: "file",
          label: "Pitch deck",
          required: false,
          attachmentKind: "PITCH_DECK",
        },
      ],
    },
  ],
} as const;

/** The five criteria of a standard rubric; the weights sum to 1. */
export const FACTORY_RUBRIC_CRITERIA = [
  { key: "scientific_merit", label: "Scientific merit", weight: "0.3000" },
  { key: "team", label: "Team", weight: "0.2000" },
  { key: "commercial_potential", label: "Commercial potential", weight: "0.2000" },
  { key: "ip_position", label: "IP position", weight: "0.1500" },
  { key: "programme_fit", label: "Fit with programme", weight: "0.1500" },
] as const;

/** The call a child row belongs to and its operator (see resolveProgramme). */
export async function resolveCall(
  db: FactoryDatabase,
  ids: { callId?: string; organisationId?: string },
): Promise<{ callId: string; organisationId: string }> {
  if (ids.callId && ids.organisationId)
    return { callId: ids.callId, organisationId: ids.organisationId };
  const call = ids.callId
    ? await db.call.findUniqueOrThrow({ where: { id: ids.callId } })
    : await createCall(db, { organisationId: ids.organisationId });
  return { callId: call.id, organisationId: call.organisationId };
}

/** Creates a published call that is open now (opened 14 days ago, closes in 30 days). */
export async function createCall(
  db: FactoryDatabase,
  overrides: Partial<Prisma.CallUncheckedCreateInput> = {},
): Promise<Call> {
  const suffix = uniqueSuffix();
  const scope = await resolveProgramme(db, overrides);
  const opensAt = daysFrom(new Date(), -14);
  return db.call.create({
    data: {
      slug: `call-${suffix}`,
      title: `Intake ${suffix}`,
      status: "PUBLISHED",
      opensAt,
      closesAt: daysFrom(new Date(), 30),
      publishedAt: opensAt,
      ...overrides,
      ...scope,
    },
  });
}

/** Creates one eligibility criterion of a call (self-declared unless `rule` is set). */
export async function createEligibilityCriterion(
  db: FactoryDatabase,
  overrides: Partial<Prisma.EligibilityCriterionUncheckedCreateInput> = {},
): Promise<EligibilityCriterion> {
  const suffix = uniqueSuffix();
  const scope = await resolveCall(db, overrides);
  return db.eligibilityCriterion.create({
    data: { position: 0, label: `Eligibility criterion ${suffix}`, ...overrides, ...scope },
  });
}

/** Creates a published form version of a call (the next version number unless given). */
export async function createApplicationForm(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ApplicationFormUncheckedCreateInput> = {},
): Promise<ApplicationForm> {
  const scope = await resolveCall(db, overrides);
  const version =
    overrides.version ?? (await db.applicationForm.count({ where: { callId: scope.callId } })) + 1;
  return db.applicationForm.create({
    data: {
      definition: FACTORY_FORM_DEFINITION,
      publishedAt: new Date(),
      ...overrides,
      ...scope,
      version,
    },
  });
}

/** Creates an empty published rubric version of a call (scale 1 to 5). */
export async function createReviewRubric(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ReviewRubricUncheckedCreateInput> = {},
): Promise<ReviewRubric> {
  const scope = await resolveCall(db, overrides);
  const version =
    overrides.version ?? (await db.reviewRubric.count({ where: { callId: scope.callId } })) + 1;
  return db.reviewRubric.create({
    data: { publishedAt: new Date(), ...overrides, ...scope, version },
  });
}

/** Creates one criterion of a rubric (weight 0.2 by default). */
export async function createRubricCriterion(
  db: FactoryDatabase,
  overrides: Partial<Prisma.RubricCriterionUncheckedCreateInput> = {},
): Promise<RubricCriterion> {
  const suffix = uniqueSuffix();
  const rubric = overrides.rubricId
    ? { id: overrides.rubricId, organisationId: overrides.organisationId }
    : await createReviewRubric(db, { organisationId: overrides.organisationId });
  const organisationId =
    rubric.organisationId ??
    (await db.reviewRubric.findUniqueOrThrow({ where: { id: rubric.id } })).organisationId;
  return db.rubricCriterion.create({
    data: {
      key: `criterion_${suffix}`,
      label: `Criterion ${suffix}`,
      weight: "0.2000",
      position: 0,
      ...overrides,
      organisationId,
      rubricId: rubric.id,
    },
  });
}

/** Creates a published rubric with the five standard criteria (FACTORY_RUBRIC_CRITERIA). */
export async function createRubricWithCriteria(
  db: FactoryDatabase,
  overrides: Partial<Prisma.ReviewRubricUncheckedCreateInput> = {},
): Promise<ReviewRubric & { criteria: RubricCriterion[] }> {
  const rubric = await createReviewRubric(db, overrides);
  const criteria: RubricCriterion[] = [];
  for (const [position, criterion] of FACTORY_RUBRIC_CRITERIA.entries()) {
    criteria.push(
      await createRubricCriterion(db, {
        ...criterion,
        position,
        rubricId: rubric.id,
        organisationId: rubric.organisationId,
      }),
    );
  }
  return { ...rubric, criteria };
}
