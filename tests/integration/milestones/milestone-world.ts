import type { MilestoneStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createMentorAssignment } from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone } from "../../factories/milestones";
import { createOperator, createPartner, createStartup } from "../../factories/organisations";
import { createProgramme, createProgrammePartner } from "../../factories/programmes";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

/**
 * HKSTP runs a co-incubation programme with a partner; a start-up (founder and co-founder) is
 * enrolled, with one mentor assigned and another mentor of the pool not. CUHK is a second
 * operator with its own officer, enrolment and start-up.
 */
export async function buildMilestoneWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const cuhk = await createOperator(db);
  const programme = await createProgramme(db, { organisationId: hkstp.id, kind: "CO_INCUBATION" });
  const partner = await createPartner(db);
  await createProgrammePartner(db, {
    organisationId: hkstp.id,
    programmeId: programme.id,
    partnerId: partner.id,
  });
  const startup = await createStartup(db);
  const enrolment = await createEnrolment(db, {
    organisationId: hkstp.id,
    programmeId: programme.id,
    startupId: startup.id,
    startsOn: new Date("2026-07-02T00:00:00Z"),
  });
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const secondOfficer = await createMember(db, {
    organisationId: hkstp.id,
    role: "PROGRAMME_OFFICER",
  });
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const mentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const otherMentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  await createMentorAssignment(db, {
    organisationId: hkstp.id,
    enrolmentId: enrolment.id,
    mentorId: mentor.user.id,
  });
  const founder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const cofounder = await createMember(db, { organisationId: startup.id, role: "STARTUP_MEMBER" });
  const partnerMember = await createMember(db, {
    organisationId: partner.id,
    role: "PARTNER_MEMBER",
  });

  const otherStartup = await createStartup(db);
  const otherFounder = await createMember(db, {
    organisationId: otherStartup.id,
    role: "STARTUP_MEMBER",
  });
  const cuhkEnrolment = await createEnrolment(db, {
    organisationId: cuhk.id,
    startupId: otherStartup.id,
  });
  const cuhkOfficer = await createMember(db, {
    organisationId: cuhk.id,
    role: "PROGRAMME_OFFICER",
  });

  /** A milestone of the HKSTP enrolment (or the given one) in `status`. */
  const milestone = (
    status: MilestoneStatus = "PLANNED",
    overrides: Partial<Prisma.MilestoneUncheckedCreateInput> = {},
  ) =>
    createMilestone(db, {
      organisationId: hkstp.id,
      enrolmentId: enrolment.id,
      status,
      ...(status === "SUBMITTED" ? { submittedAt: new Date() } : {}),
      ...overrides,
    });

  return {
    hkstp,
    cuhk,
    programme,
    partner,
    partnerMember,
    startup,
    enrolment,
    officer,
    secondOfficer,
    admin,
    mentor,
    otherMentor,
    founder,
    cofounder,
    otherStartup,
    otherFounder,
    cuhkEnrolment,
    cuhkOfficer,
    milestone,
  };
}

export type MilestoneWorld = Awaited<ReturnType<typeof buildMilestoneWorld>>;

export const milestoneOf = (id: string) => testDb().milestone.findUniqueOrThrow({ where: { id } });

/** Notifications the given users received, oldest first. */
export function noticesFor(userIds: string[]) {
  return testDb().notification.findMany({
    where: { userId: { in: userIds } },
    orderBy: { createdAt: "asc" },
    select: { userId: true, title: true, link: true, organisationId: true },
  });
}
