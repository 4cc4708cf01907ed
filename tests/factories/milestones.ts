import type {
  Milestone,
  MilestoneEvidence,
  MilestoneTemplate,
  Prisma,
} from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { resolveEnrolment } from "./enrolments";
import { daysFrom, hongKongDay, uniqueSuffix } from "./sequence";
import { createUser } from "./users";

/** Creates a milestone template; platform-wide (organisationId null) unless an operator is given. */
export async function createMilestoneTemplate(
  db: FactoryDatabase,
  overrides: Partial<Prisma.MilestoneTemplateUncheckedCreateInput> = {},
): Promise<MilestoneTemplate> {
  const suffix = uniqueSuffix();
  return db.milestoneTemplate.create({
    data: {
      key: `TEMPLATE_${suffix.toUpperCase()}`,
      category: "PRECLINICAL",
      title: `Milestone template ${suffix}`,
      defaultOffsetDays: 180,
      ...overrides,
    },
  });
}

/** Creates a PLANNED preclinical milestone due in 90 days on a new or given enrolment. */
export async function createMilestone(
  db: FactoryDatabase,
  overrides: Partial<Prisma.MilestoneUncheckedCreateInput> = {},
): Promise<Milestone> {
  const suffix = uniqueSuffix();
  const scope = await resolveEnrolment(db, overrides);
  return db.milestone.create({
    data: {
      category: "PRECLINICAL",
      title: `Milestone ${suffix}`,
      dueOn: daysFrom(hongKongDay(), 90),
      ...overrides,
      ...scope,
    },
  });
}

/** Creates evidence for a new or given milestone, submitted by a new user unless given. */
export async function createMilestoneEvidence(
  db: FactoryDatabase,
  overrides: Partial<Prisma.MilestoneEvidenceUncheckedCreateInput> = {},
): Promise<MilestoneEvidence> {
  const milestone = overrides.milestoneId
    ? { id: overrides.milestoneId, organisationId: overrides.organisationId }
    : await createMilestone(db, { organisationId: overrides.organisationId });
  const organisationId =
    milestone.organisationId ??
    (await db.milestone.findUniqueOrThrow({ where: { id: milestone.id } })).organisationId;
  const submittedById = overrides.submittedById ?? (await createUser(db)).id;
  return db.milestoneEvidence.create({
    data: {
      note: "Study report attached.",
      ...overrides,
      milestoneId: milestone.id,
      organisationId,
      submittedById,
    },
  });
}
