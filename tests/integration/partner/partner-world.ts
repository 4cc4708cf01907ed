import { createApplication, createAttachment } from "../../factories/applications";
import { createCall } from "../../factories/calls";
import { createCoachingPrivateNote, createCoachingSession } from "../../factories/coaching";
import { createEnrolment } from "../../factories/enrolments";
import { createMilestone, createMilestoneEvidence } from "../../factories/milestones";
import { createOperator, createPartner, createStartup } from "../../factories/organisations";
import { createProgramme, createProgrammePartner } from "../../factories/programmes";
import { createMember } from "../../factories/users";
import { testDb } from "../../setup/test-database";
import type { ConsentCategory } from "@/lib/generated/prisma/enums";

/**
 * HKSTP runs two co-incubation programmes: AstraZeneca's (Ma On Shan enrolled) and Boehringer's
 * (Sai Kung enrolled). Ma On Shan has a milestone with an evidence file, a logged coaching
 * session with shared and private notes, and a pitch deck on its submitted application. Nothing
 * is shared until a test grants it.
 */
export async function buildPartnerWorld() {
  const db = testDb();
  const hkstp = await createOperator(db);
  const azProgramme = await createProgramme(db, {
    organisationId: hkstp.id,
    kind: "CO_INCUBATION",
  });
  const biProgramme = await createProgramme(db, {
    organisationId: hkstp.id,
    kind: "CO_INCUBATION",
  });
  const az = await createPartner(db);
  const bi = await createPartner(db);
  await createProgrammePartner(db, {
    organisationId: hkstp.id,
    programmeId: azProgramme.id,
    partnerId: az.id,
  });
  await createProgrammePartner(db, {
    organisationId: hkstp.id,
    programmeId: biProgramme.id,
    partnerId: bi.id,
  });
  const azMember = await createMember(db, { organisationId: az.id, role: "PARTNER_MEMBER" });
  const biMember = await createMember(db, { organisationId: bi.id, role: "PARTNER_MEMBER" });

  const maOnShan = await createStartup(db);
  const founder = await createMember(db, { organisationId: maOnShan.id, role: "STARTUP_MEMBER" });
  const call = await createCall(db, { organisationId: hkstp.id, programmeId: azProgramme.id });
  const application = await createApplication(db, {
    organisationId: hkstp.id,
    callId: call.id,
    startupId: maOnShan.id,
    createdById: founder.user.id,
    status: "ACCEPTED",
    projectTitle: "MOS-T1 Phase I",
  });
  const pitchDeck = await createAttachment(db, {
    organisationId: hkstp.id,
    applicationId: application.id,
    kind: "PITCH_DECK",
    fileName: "pitch-deck.pdf",
    uploadedById: founder.user.id,
  });
  const enrolment = await createEnrolment(db, {
    organisationId: hkstp.id,
    programmeId: azProgramme.id,
    startupId: maOnShan.id,
    applicationId: application.id,
  });
  const milestone = await createMilestone(db, {
    organisationId: hkstp.id,
    enrolmentId: enrolment.id,
    title: "Pre-IND meeting held",
    status: "SUBMITTED",
  });
  const evidence = await createMilestoneEvidence(db, {
    organisationId: hkstp.id,
    milestoneId: milestone.id,
    note: "Internal: the FDA asked for a second tox species.",
    submittedById: founder.user.id,
  });
  const evidenceFile = await createAttachment(db, {
    organisationId: hkstp.id,
    milestoneEvidenceId: evidence.id,
    kind: "MILESTONE_EVIDENCE",
    fileName: "fda-minutes.pdf",
    uploadedById: founder.user.id,
  });
  const session = await createCoachingSession(db, {
    organisationId: hkstp.id,
    enrolmentId: enrolment.id,
    status: "LOGGED",
    sharedNotes: "Tech-transfer plan for MOS-T1 into the GMP suite.",
    startsAt: new Date("2026-11-05T03:00:00Z"),
  });
  const privateNote = await createCoachingPrivateNote(db, {
    coachingSessionId: session.id,
    notes: "Founder is stretched thin; CMC lead leaving.",
  });

  const saiKung = await createStartup(db);
  const saiKungFounder = await createMember(db, {
    organisationId: saiKung.id,
    role: "STARTUP_MEMBER",
  });
  const saiKungEnrolment = await createEnrolment(db, {
    organisationId: hkstp.id,
    programmeId: biProgramme.id,
    startupId: saiKung.id,
  });
  const saiKungMilestone = await createMilestone(db, {
    organisationId: hkstp.id,
    enrolmentId: saiKungEnrolment.id,
    title: "IND filed with the NMPA",
  });

  /** Ma On Shan shares `category` with AstraZeneca in its programme. */
  const share = (category: ConsentCategory, partnerId = az.id) =>
    db.dataSharingConsent.create({
      data: {
        organisationId: hkstp.id,
        programmeId: azProgramme.id,
        startupId: maOnShan.id,
        partnerId,
        category,
        grantedById: founder.user.id,
      },
    });

  return {
    hkstp,
    azProgramme,
    biProgramme,
    az,
    bi,
    azMember,
    biMember,
    maOnShan,
    founder,
    application,
    pitchDeck,
    enrolment,
    milestone,
    evidence,
    evidenceFile,
    session,
    privateNote,
    saiKung,
    saiKungFounder,
    saiKungEnrolment,
    saiKungMilestone,
    share,
    azTenant: { userId: azMember.user.id, organisationId: az.id },
    biTenant: { userId: biMember.user.id, organisationId: bi.id },
  };
}
