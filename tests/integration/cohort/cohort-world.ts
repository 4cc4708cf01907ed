import { createMentorAssignment, createMentorProfile } from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { createOperator, createStartup } from "../../factories/organisations";
import { createProgramme } from "../../factories/programmes";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";

/** "YYYY-MM-DD" of the Hong Kong day `offset` days from today. */
export function hongKongDate(offset = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Two operators. HKSTP runs a 48-month programme with two enrolled start-ups: Pok Fu Lam
 * (founder + co-founder), mentored by `mentor`, and Lion Rock, mentored by `otherMentor`.
 * `idleMentor` has a profile and no start-up. CUHK has its own officer, mentor and enrolment.
 */
export async function buildCohortWorld() {
  const db = testDb();
  const hkstp = await createOperator(db, { name: "HKSTP" });
  const cuhk = await createOperator(db, { name: "CUHK Incubator" });
  const programme = await createProgramme(db, {
    organisationId: hkstp.id,
    name: "Incu-Bio",
    durationMonths: 48,
    benefits: ["MENTORING", "FUNDING", "RD_FACILITY_ACCESS"],
  });
  const officer = await createMember(db, { organisationId: hkstp.id, role: "PROGRAMME_OFFICER" });
  const admin = await createMember(db, { organisationId: hkstp.id, role: "OPERATOR_ADMIN" });
  const mentor = await createMember(db, {
    organisationId: hkstp.id,
    role: "MENTOR",
    user: { name: "Dr Winnie Lam" },
  });
  const otherMentor = await createMember(db, { organisationId: hkstp.id, role: "MENTOR" });
  const idleMentor = await createMember(db, {
    organisationId: hkstp.id,
    role: "MENTOR",
    user: { name: "Idle Mentor" },
  });
  await createMentorProfile(db, {
    organisationId: hkstp.id,
    userId: mentor.user.id,
    expertise: ["MANUFACTURING", "REGULATORY"],
    therapeuticAreas: ["CELL_GENE_THERAPY"],
    languages: ["en", "yue"],
    capacity: 3,
  });
  await createMentorProfile(db, {
    organisationId: hkstp.id,
    userId: idleMentor.user.id,
    expertise: ["IP"],
    therapeuticAreas: ["DIAGNOSTICS"],
    languages: ["en"],
    capacity: 2,
  });

  const pokfulam = await createStartup(
    db,
    { name: "Pok Fu Lam Cell Therapeutics" },
    { focusAreas: ["CELL_GENE_THERAPY", "ONCOLOGY"] },
  );
  const founder = await createMember(db, { organisationId: pokfulam.id, role: "STARTUP_MEMBER" });
  const coFounder = await createMember(db, { organisationId: pokfulam.id, role: "STARTUP_MEMBER" });
  const enrolment = await createEnrolment(db, {
    organisationId: hkstp.id,
    programmeId: programme.id,
    startupId: pokfulam.id,
    supportNeeds: ["REGULATORY", "MANUFACTURING", "FUNDRAISING"],
    workingLanguages: ["yue"],
  });
  const assignment = await createMentorAssignment(db, {
    organisationId: hkstp.id,
    enrolmentId: enrolment.id,
    mentorId: mentor.user.id,
  });

  const lionRock = await createStartup(db, { name: "Lion Rock Immunotherapeutics" });
  const lionRockFounder = await createMember(db, {
    organisationId: lionRock.id,
    role: "STARTUP_MEMBER",
  });
  const otherEnrolment = await createEnrolment(db, {
    organisationId: hkstp.id,
    programmeId: programme.id,
    startupId: lionRock.id,
  });
  const otherAssignment = await createMentorAssignment(db, {
    organisationId: hkstp.id,
    enrolmentId: otherEnrolment.id,
    mentorId: otherMentor.user.id,
  });

  const foreignOfficer = await createMember(db, {
    organisationId: cuhk.id,
    role: "PROGRAMME_OFFICER",
  });
  const foreignMentor = await createMember(db, { organisationId: cuhk.id, role: "MENTOR" });
  const foreignEnrolment = await createEnrolment(db, { organisationId: cuhk.id });

  return {
    hkstp,
    cuhk,
    programme,
    officer,
    admin,
    mentor,
    otherMentor,
    idleMentor,
    pokfulam,
    founder,
    coFounder,
    enrolment,
    assignment,
    lionRock,
    lionRockFounder,
    otherEnrolment,
    otherAssignment,
    foreignOfficer,
    foreignMentor,
    foreignEnrolment,
  };
}

export type CohortWorld = Awaited<ReturnType<typeof buildCohortWorld>>;

/** Every row count the cohort actions could touch, to show a refusal changed nothing. */
export async function cohortRowCounts() {
  const db = testDb();
  const [enrolments, assignments, sessions, notes, items, profiles, notifications] =
    await Promise.all([
      db.enrolment.findMany({ orderBy: { id: "asc" } }),
      db.mentorAssignment.findMany({ orderBy: { id: "asc" } }),
      db.coachingSession.findMany({ orderBy: { id: "asc" } }),
      db.coachingPrivateNote.findMany({ orderBy: { id: "asc" } }),
      db.actionItem.findMany({ orderBy: { id: "asc" } }),
      db.mentorProfile.findMany({ orderBy: { id: "asc" } }),
      db.notification.count(),
    ]);
  return { enrolments, assignments, sessions, notes, items, profiles, notifications };
}
