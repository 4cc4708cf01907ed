import "server-only";
import { db } from "@/lib/db";
import type { CsvCell } from "@/lib/domain/csv";
import type { CoachingSessionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

const STATUSES = ["SCHEDULED", "LOGGED", "CONFIRMED", "CANCELLED"] as const;

/** Filters of the officer's coaching export: `?enrolment=&programme=&mentor=&status=&from=&to=`. */
export type CoachingExportFilters = {
  enrolmentId?: string;
  programmeId?: string;
  mentorId?: string;
  status?: CoachingSessionStatus;
  /** Hong Kong calendar days, inclusive. */
  from?: string;
  to?: string;
};

function idParam(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && /^[A-Za-z0-9_-]{1,64}$/.test(trimmed) ? trimmed : undefined;
}

function dayParam(value: string | null): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return Number.isNaN(new Date(`${value}T00:00:00+08:00`).getTime()) ? undefined : value;
}

export function parseCoachingExportFilters(params: URLSearchParams): CoachingExportFilters {
  const status = params.get("status");
  return {
    enrolmentId: idParam(params.get("enrolment")),
    programmeId: idParam(params.get("programme")),
    mentorId: idParam(params.get("mentor")),
    status: STATUSES.find((candidate) => candidate === status),
    from: dayParam(params.get("from")),
    to: dayParam(params.get("to")),
  };
}

export const COACHING_CSV_HEADER = [
  "Date",
  "Time",
  "Start-up",
  "Start-up (Chinese)",
  "Programme",
  "Mentor",
  "Minutes",
  "Mode",
  "Status",
  "Topics",
  "Shared notes",
  "Confirmed at",
  "Action items",
] as const;

const hongKongDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Hong_Kong" });
const hongKongTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Hong_Kong",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * The operator's coaching sessions matching the filters as CSV rows, newest first: what the
 * programme team reads on an enrolment page, without the operator-only part (private notes and
 * assessments are never selected). Null when `enrolment` names no enrolment of the operator.
 */
export async function buildCoachingCsvRows(
  organisationId: string,
  filters: CoachingExportFilters,
): Promise<CsvCell[][] | null> {
  return db.$transaction(async (tx) => {
    if (filters.enrolmentId) {
      const enrolment = await tx.enrolment.findFirst({
        where: { id: filters.enrolmentId, organisationId },
        select: { id: true },
      });
      if (!enrolment) return null;
    }
    const where: Prisma.CoachingSessionWhereInput = {
      organisationId,
      ...(filters.enrolmentId ? { enrolmentId: filters.enrolmentId } : {}),
      ...(filters.programmeId ? { enrolment: { programmeId: filters.programmeId } } : {}),
      ...(filters.mentorId ? { mentorId: filters.mentorId } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.from || filters.to
        ? {
            startsAt: {
              ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00+08:00`) } : {}),
              ...(filters.to
                ? { lt: new Date(new Date(`${filters.to}T00:00:00+08:00`).getTime() + 86_400_000) }
                : {}),
            },
          }
        : {}),
    };
    const sessions = await tx.coachingSession.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "desc" }],
      select: {
        startsAt: true,
        durationMinutes: true,
        mode: true,
        status: true,
        topics: true,
        sharedNotes: true,
        confirmedAt: true,
        mentor: { select: { name: true } },
        enrolment: {
          select: {
            programme: { select: { name: true } },
            startup: { select: { name: true, nameZh: true } },
          },
        },
        _count: { select: { actionItems: true } },
      },
    });
    return sessions.map((session) => [
      hongKongDay.format(session.startsAt),
      hongKongTime.format(session.startsAt),
      session.enrolment.startup.name,
      session.enrolment.startup.nameZh,
      session.enrolment.programme.name,
      session.mentor.name,
      session.durationMinutes,
      session.mode,
      session.status,
      session.topics.join("; "),
      session.sharedNotes,
      session.confirmedAt ? session.confirmedAt.toISOString() : null,
      session._count.actionItems,
    ]);
  });
}
