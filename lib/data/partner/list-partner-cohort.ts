import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import {
  summariseMilestones,
  type MilestoneSummary,
} from "@/lib/data/milestones/summarise-milestones";
import { isOpenMilestone } from "@/lib/domain/milestone-overdue";
import type {
  ConsentCategory,
  EnrolmentStatus,
  MilestoneStatus,
} from "@/lib/generated/prisma/enums";

const UPCOMING_COUNT = 3;

export type PartnerCohortEntry = {
  enrolmentId: string;
  startupId: string;
  status: EnrolmentStatus;
  startsOn: Date;
  startup: {
    name: string;
    nameZh: string | null;
    leadAsset: string | null;
    pipelineStage: string | null;
  };
  /** The categories this start-up shares with this partner in this programme, now. */
  shared: ConsentCategory[];
  /** Null unless milestones are shared. */
  milestones: {
    summary: MilestoneSummary;
    upcoming: { id: string; title: string; dueOn: Date; status: MilestoneStatus }[];
  } | null;
};

/**
 * The partner's co-incubation cohort: each programme the partner is linked to with its enrolled
 * start-ups (active first), what each shares with this partner, and milestone progress and the
 * next milestones only where milestones are shared. Row-level security enforces the same
 * (policies keyed on DataSharingConsent); this reader filters by consent as well, so a bug in
 * one layer shows nothing more.
 */
export async function listPartnerCohort(partnerId: string, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const links = await tx.programmePartner.findMany({
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
      tx.enrolment.findMany({
        where: { programmeId: { in: programmeIds } },
        orderBy: [{ status: "asc" }, { startup: { name: "asc" } }],
        select: {
          id: true,
          programmeId: true,
          startupId: true,
          status: true,
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
      tx.dataSharingConsent.findMany({
        where: { partnerId, programmeId: { in: programmeIds }, withdrawnAt: null },
        select: { programmeId: true, startupId: true, category: true },
      }),
    ]);
    const sharedOf = (programmeId: string, startupId: string) =>
      consents
        .filter((c) => c.programmeId === programmeId && c.startupId === startupId)
        .map((c) => c.category);
    const milestoneEnrolmentIds = enrolments
      .filter((e) => sharedOf(e.programmeId, e.startupId).includes("MILESTONES"))
      .map((e) => e.id);
    const milestones =
      milestoneEnrolmentIds.length === 0
        ? []
        : await tx.milestone.findMany({
            where: { enrolmentId: { in: milestoneEnrolmentIds } },
            orderBy: [{ dueOn: "asc" }, { position: "asc" }],
            select: { id: true, enrolmentId: true, title: true, status: true, dueOn: true },
          });
    return links.map(({ programme }) => ({
      ...programme,
      startups: enrolments
        .filter((enrolment) => enrolment.programmeId === programme.id)
        .map((enrolment): PartnerCohortEntry => {
          const shared = sharedOf(enrolment.programmeId, enrolment.startupId);
          const own = milestones.filter((m) => m.enrolmentId === enrolment.id);
          return {
            enrolmentId: enrolment.id,
            startupId: enrolment.startupId,
            status: enrolment.status,
            startsOn: enrolment.startsOn,
            startup: {
              name: enrolment.startup.name,
              nameZh: enrolment.startup.nameZh,
              leadAsset: enrolment.startup.startupProfile?.leadAsset ?? null,
              pipelineStage: enrolment.startup.startupProfile?.pipelineStage ?? null,
            },
            shared,
            milestones: shared.includes("MILESTONES")
              ? {
                  summary: summariseMilestones(own, now),
                  upcoming: own
                    .filter((m) => isOpenMilestone(m.status))
                    .slice(0, UPCOMING_COUNT)
                    .map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, status: m.status })),
                }
              : null,
          };
        }),
    }));
  }, READ_TRANSACTION);
}

export type PartnerCohort = Awaited<ReturnType<typeof listPartnerCohort>>;
