import "server-only";
import { db } from "@/lib/db";
import { hongKongToday } from "@/lib/domain/dates";
import { closedMilestoneStatuses } from "@/lib/domain/milestone-categories";
import type { MilestoneStatus } from "@/lib/generated/prisma/enums";

export type PartnerMemberHomeData = Awaited<ReturnType<typeof getPartnerMemberHome>>;
export type PartnerCohortStartup = PartnerMemberHomeData["programmes"][number]["startups"][number];

export type SharedMilestoneProgress = {
  total: number;
  achieved: number;
  overdue: number;
  byStatus: Partial<Record<MilestoneStatus, number>>;
  next: { title: string; dueOn: Date; status: MilestoneStatus } | null;
};

/**
 * The partner's home: the co-incubation programmes this partner is linked to, their active
 * cohort, and milestone progress only where the start-up consented to share milestones with
 * this partner in that programme. Milestones of other start-ups are never read.
 */
export async function getPartnerMemberHome(partnerId: string, now: Date = new Date()) {
  const links = await db.programmePartner.findMany({
    where: { partnerId },
    orderBy: { programme: { name: "asc" } },
    select: {
      programme: {
        select: {
          id: true,
          name: true,
          nameZh: true,
          kind: true,
          focusAreas: true,
          organisation: { select: { name: true } },
        },
      },
    },
  });
  const programmeIds = links.map((link) => link.programme.id);

  const [enrolments, consents] = await Promise.all([
    db.enrolment.findMany({
      where: {
        programmeId: { in: programmeIds },
        status: "ACTIVE",
        programme: { partners: { some: { partnerId } } },
      },
      orderBy: { startup: { name: "asc" } },
      select: {
        id: true,
        programmeId: true,
        startupId: true,
        startsOn: true,
        startup: {
          select: {
            name: true,
            nameZh: true,
            startupProfile: { select: { leadAsset: true, pipelineStage: true } },
          },
        },
      },
    }),
    db.dataSharingConsent.findMany({
      where: {
        partnerId,
        programmeId: { in: programmeIds },
        category: "MILESTONES",
        withdrawnAt: null,
      },
      select: { programmeId: true, startupId: true },
    }),
  ]);

  const consentKeys = new Set(
    consents.map((consent) => `${consent.programmeId}:${consent.startupId}`),
  );
  const sharedEnrolmentIds = enrolments
    .filter((enrolment) => consentKeys.has(`${enrolment.programmeId}:${enrolment.startupId}`))
    .map((enrolment) => enrolment.id);

  const milestones =
    sharedEnrolmentIds.length === 0
      ? []
      : await db.milestone.findMany({
          where: { enrolmentId: { in: sharedEnrolmentIds } },
          orderBy: [{ dueOn: "asc" }, { position: "asc" }],
          select: { enrolmentId: true, title: true, status: true, dueOn: true },
        });

  const today = hongKongToday(now);
  const isShared = new Set(sharedEnrolmentIds);

  return {
    programmes: links.map(({ programme }) => ({
      ...programme,
      startups: enrolments
        .filter((enrolment) => enrolment.programmeId === programme.id)
        .map((enrolment) => ({
          enrolmentId: enrolment.id,
          startsOn: enrolment.startsOn,
          startup: enrolment.startup,
          milestoneProgress: isShared.has(enrolment.id)
            ? summariseMilestones(
                milestones.filter((milestone) => milestone.enrolmentId === enrolment.id),
                today,
              )
            : null,
        })),
    })),
  };
}

type MilestoneRow = { title: string; status: MilestoneStatus; dueOn: Date };

function summariseMilestones(milestones: MilestoneRow[], today: Date): SharedMilestoneProgress {
  const isOpen = (milestone: MilestoneRow) =>
    !closedMilestoneStatuses.some((status) => status === milestone.status);
  const byStatus: Partial<Record<MilestoneStatus, number>> = {};
  for (const milestone of milestones)
    byStatus[milestone.status] = (byStatus[milestone.status] ?? 0) + 1;
  const next = milestones.find(isOpen);
  return {
    total: milestones.length,
    achieved: byStatus.ACHIEVED ?? 0,
    overdue: milestones.filter((milestone) => isOpen(milestone) && milestone.dueOn < today).length,
    byStatus,
    next: next ? { title: next.title, dueOn: next.dueOn, status: next.status } : null,
  };
}
