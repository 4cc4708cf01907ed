import type { Prisma } from "@/lib/generated/prisma/client";
import { createInvitation } from "@/tests/factories/users";
import { sha256Hex } from "@/tests/factories/sequence";
import { type SeedContext, staffMember, teamOf } from "./context";
import { hkt, hktAt, upcomingHkt } from "./time";

/** Invitations in each state, and a handful of audit events an admin would look at. */
export async function seedActivity(context: SeedContext): Promise<void> {
  const { db } = context;
  const { hkstp, cuhk, startups } = context.organisations;
  const hkstpAdmin = staffMember(context, "hkstpAdmin");
  const invitations = [
    {
      organisationId: hkstp.id,
      email: "jason.lee@hkstp.demo",
      role: "PROGRAMME_OFFICER",
      status: "PENDING",
      sent: "2026-11-19T10:00",
      invitedById: hkstpAdmin.id,
    },
    {
      organisationId: hkstp.id,
      email: "derek.ho@hkstp.demo",
      role: "PROGRAMME_OFFICER",
      status: "ACCEPTED",
      sent: "2026-03-06T14:00",
      accepted: "2026-03-10T09:45",
      invitedById: hkstpAdmin.id,
    },
    {
      organisationId: hkstp.id,
      email: "tommy.cheng@hkstp.demo",
      role: "MENTOR",
      status: "EXPIRED",
      sent: "2026-09-09T11:00",
      invitedById: hkstpAdmin.id,
    },
    {
      organisationId: hkstp.id,
      email: "c.mak@hkstp.demo",
      role: "FINANCE_APPROVER",
      status: "REVOKED",
      sent: "2026-05-04T16:30",
      invitedById: hkstpAdmin.id,
    },
    {
      organisationId: cuhk.id,
      email: "kenneth.lui@cuhk-incubator.demo",
      role: "MENTOR",
      status: "PENDING",
      sent: "2026-11-17T15:00",
      invitedById: staffMember(context, "cuhkAdmin").id,
    },
  ] as const;
  for (const invitation of invitations) {
    const sentAt = hktAt(invitation.sent);
    const acceptedAt = "accepted" in invitation ? hktAt(invitation.accepted) : null;
    await createInvitation(db, {
      organisationId: invitation.organisationId,
      email: invitation.email,
      role: invitation.role,
      status: invitation.status,
      tokenHash: sha256Hex(`seed-invitation:${invitation.email}`),
      // A pending invitation stays valid however late the seed runs.
      expiresAt:
        invitation.status === "PENDING"
          ? upcomingHkt(12, "23:59")
          : new Date(sentAt.getTime() + 14 * 86_400_000),
      acceptedAt,
      invitedById: invitation.invitedById,
      createdAt: sentAt,
      updatedAt: acceptedAt ?? sentAt,
    });
  }

  const officer = staffMember(context, "officer");
  const finance = staffMember(context, "finance");
  const founder = teamOf(context, "pokfulam-cell").founder;
  const demoApplication = await db.application.findFirstOrThrow({
    where: { reference: "IB-2026-001", organisationId: hkstp.id },
  });
  const preInd = await db.milestone.findFirstOrThrow({
    where: {
      organisationId: hkstp.id,
      title: "Pre-IND meeting held",
      enrolment: { startupId: demoApplication.startupId },
    },
  });
  const tranche = (purpose: string) =>
    db.disbursement.findFirstOrThrow({
      where: {
        organisationId: hkstp.id,
        purpose,
        grant: { enrolment: { startupId: demoApplication.startupId } },
      },
    });
  const regulatoryTranche = await tranche(
    "Pre-IND meeting: regulatory consultant fees and FDA Type B briefing package",
  );
  const cytometerTranche = await tranche("Flow cytometer service contract, 12 months");
  const travelTranche = await tranche("Travel to BIO 2026 partnering meetings");
  const browser =
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";

  const events: Prisma.AuditEventCreateManyInput[] = [
    {
      organisationId: cuhk.id,
      actorId: context.people.platformAdmin.id,
      action: "organisation.create",
      targetType: "Organisation",
      targetId: cuhk.id,
      after: { slug: cuhk.slug, kind: "OPERATOR" },
      createdAt: hkt("2025-12-01", "11:28"),
    },
    {
      organisationId: hkstp.id,
      actorId: hkstpAdmin.id,
      action: "member.invite",
      targetType: "Invitation",
      after: { email: "jason.lee@hkstp.demo", role: "PROGRAMME_OFFICER" },
      createdAt: hkt("2026-11-19", "10:00"),
    },
    {
      organisationId: hkstp.id,
      actorId: officer.id,
      action: "application.decide",
      targetType: "Application",
      targetId: demoApplication.id,
      before: { status: "SHORTLISTED" },
      after: { status: "ACCEPTED" },
      createdAt: hkt("2026-05-22", "17:30"),
    },
    {
      organisationId: hkstp.id,
      actorId: officer.id,
      action: "milestone.assess",
      targetType: "Milestone",
      targetId: preInd.id,
      before: { status: "SUBMITTED" },
      after: { status: "ACHIEVED" },
      createdAt: preInd.achievedAt ?? hkt("2026-10-27", "12:00"),
    },
    {
      organisationId: hkstp.id,
      actorId: officer.id,
      action: "disbursement.reject",
      targetType: "Disbursement",
      targetId: travelTranche.id,
      before: { status: "REQUESTED" },
      after: { status: "REJECTED" },
      createdAt: travelTranche.rejectedAt ?? travelTranche.requestedAt,
    },
    {
      organisationId: hkstp.id,
      actorId: finance.id,
      action: "disbursement.finance_approve",
      targetType: "Disbursement",
      targetId: cytometerTranche.id,
      before: { status: "APPROVED" },
      after: { status: "FINANCE_APPROVED" },
      createdAt: cytometerTranche.financeApprovedAt ?? cytometerTranche.requestedAt,
    },
    {
      organisationId: hkstp.id,
      actorId: officer.id,
      action: "disbursement.approve",
      targetType: "Disbursement",
      targetId: regulatoryTranche.id,
      before: { status: "REQUESTED" },
      after: { status: "APPROVED", amountCents: regulatoryTranche.amountCents.toString() },
      createdAt: regulatoryTranche.approvedAt ?? regulatoryTranche.requestedAt,
    },
    {
      organisationId: hkstp.id,
      actorId: teamOf(context, "clear-water-bay-rna").founder.id,
      action: "consent.withdraw",
      targetType: "Organisation",
      targetId: startups.get("clear-water-bay-rna")?.id,
      after: { partner: "astrazeneca", category: "MILESTONES" },
      createdAt: hkt("2026-10-12", "11:02"),
    },
    {
      organisationId: hkstp.id,
      actorId: officer.id,
      action: "auth.sign_in",
      ipAddress: "203.198.12.44",
      userAgent: browser,
      createdAt: hkt("2026-11-21", "08:55"),
    },
    {
      organisationId: null,
      actorId: founder.id,
      action: "access.denied",
      targetType: "Organisation",
      targetId: context.organisations.astrazeneca.id,
      ipAddress: "112.118.40.7",
      userAgent: browser,
      createdAt: hkt("2026-11-20", "23:30"),
    },
  ];
  await db.auditEvent.createMany({ data: events });
}
