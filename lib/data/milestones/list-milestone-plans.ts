import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "@/lib/data/milestones/read-transaction";
import { addDays, hongKongToday } from "@/lib/domain/dates";
import { DUE_SOON_DAYS } from "@/lib/domain/milestone-overdue";
import type { MilestoneReach } from "./find-milestone-for-change";
import { enrolmentReachWhere } from "./milestone-reach";
import { summariseMilestones } from "./summarise-milestones";

const OPEN_STATUSES = ["PLANNED", "IN_PROGRESS", "DELAYED", "SUBMITTED"] as const;
const QUEUE_LIMIT = 50;

/**
 * The start-up's milestones home (a start-up has a handful of enrolments, each a plan of 15–30
 * milestones, so whole plans are fine here; officers and mentors read the paginated
 * listMilestoneSummaries instead). The milestone overview for a reader: the plans they reach (active enrolments first) with
 * progress, and the queue of what needs attention — evidence to assess (officer), sign-offs
 * requested (mentor), overdue and due within two weeks.
 */
export async function listMilestonePlans(reach: MilestoneReach, now: Date = new Date()) {
  const today = hongKongToday(now);
  return db.$transaction(async (tx) => {
    const enrolments = await tx.enrolment.findMany({
      where: enrolmentReachWhere(reach),
      orderBy: [{ status: "asc" }, { startsOn: "desc" }],
      select: {
        id: true,
        status: true,
        startsOn: true,
        endsOn: true,
        programme: { select: { name: true, nameZh: true, kind: true } },
        startup: { select: { name: true, nameZh: true } },
        organisation: { select: { name: true, nameZh: true } },
        milestones: {
          orderBy: [{ position: "asc" }, { dueOn: "asc" }],
          select: { id: true, title: true, status: true, dueOn: true },
        },
      },
    });
    const activeIds = enrolments.filter((e) => e.status === "ACTIVE").map((e) => e.id);
    const queueItem = {
      id: true,
      title: true,
      category: true,
      status: true,
      dueOn: true,
      submittedAt: true,
      requiresMentorSignOff: true,
      mentorSignedOffAt: true,
      enrolment: {
        select: {
          id: true,
          startup: { select: { name: true } },
          programme: { select: { name: true } },
        },
      },
    } as const;
    const [waiting, late, soon] = await Promise.all([
      reach.side === "STARTUP"
        ? Promise.resolve([])
        : tx.milestone.findMany({
            where: {
              enrolmentId: { in: activeIds },
              status: "SUBMITTED",
              ...(reach.side === "MENTOR"
                ? { requiresMentorSignOff: true, mentorSignedOffAt: null }
                : {}),
            },
            orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
            take: QUEUE_LIMIT,
            select: queueItem,
          }),
      tx.milestone.findMany({
        where: {
          enrolmentId: { in: activeIds },
          status: { in: [...OPEN_STATUSES] },
          dueOn: { lt: today },
        },
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        take: QUEUE_LIMIT,
        select: queueItem,
      }),
      tx.milestone.findMany({
        where: {
          enrolmentId: { in: activeIds },
          status: { in: [...OPEN_STATUSES] },
          dueOn: { gte: today, lte: addDays(today, DUE_SOON_DAYS) },
        },
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        take: QUEUE_LIMIT,
        select: queueItem,
      }),
    ]);
    return {
      plans: enrolments.map(({ milestones, ...enrolment }) => {
        const next = milestones.find((m) => m.status !== "ACHIEVED" && m.status !== "MISSED");
        return {
          ...enrolment,
          summary: summariseMilestones(milestones, now),
          next: next ? { title: next.title, dueOn: next.dueOn, status: next.status } : null,
        };
      }),
      queue: { waiting, overdue: late, dueSoon: soon },
    };
  }, READ_TRANSACTION);
}

export type MilestoneOverview = Awaited<ReturnType<typeof listMilestonePlans>>;
export type MilestoneQueueItem = MilestoneOverview["queue"]["overdue"][number];
