import type { Enrolment, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";
import { createStartup } from "./organisations";
import { resolveProgramme } from "./programmes";
import { daysFrom, hongKongDay } from "./sequence";

/** The enrolment a child row belongs to and its operator (see resolveProgramme). */
export async function resolveEnrolment(
  db: FactoryDatabase,
  ids: { enrolmentId?: string; organisationId?: string },
): Promise<{ enrolmentId: string; organisationId: string }> {
  if (ids.enrolmentId && ids.organisationId) {
    return { enrolmentId: ids.enrolmentId, organisationId: ids.organisationId };
  }
  const enrolment = ids.enrolmentId
    ? await db.enrolment.findUniqueOrThrow({ where: { id: ids.enrolmentId } })
    : await createEnrolment(db, { organisationId: ids.organisationId });
  return { enrolmentId: enrolment.id, organisationId: enrolment.organisationId };
}

/** Enrols a new or given start-up in a new or given programme: ACTIVE, started today, four years. */
export async function createEnrolment(
  db: FactoryDatabase,
  overrides: Partial<Prisma.EnrolmentUncheckedCreateInput> = {},
): Promise<Enrolment> {
  const scope = await resolveProgramme(db, overrides);
  const startupId = overrides.startupId ?? (await createStartup(db)).id;
  const today = hongKongDay();
  return db.enrolment.create({
    data: { startsOn: today, endsOn: daysFrom(today, 4 * 365), ...overrides, ...scope, startupId },
  });
}
