import type { Call } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { dayOf, hkt, isoDay, shiftDays } from "./time";

/** The instant `days` after `instant`, at a Hong Kong wall-clock time. */
function atHkt(instant: Date, days: number, time: string): Date {
  return hkt(isoDay(dayOf(shiftDays(instant, days))), time);
}

// Founders start drafts at all hours; submissions cluster late in the evening.
const DRAFTING_TIMES = ["09:40", "11:05", "14:20", "15:45", "21:10", "23:25", "10:30"];

/**
 * When an application entered each status of its path (same order as the path). Closed
 * calls follow the panel's calendar after closing; open calls are screened and reviewed as
 * applications arrive, so everything stays before the story's today (22 Nov 2026).
 * `index` spreads applications of one call over the weeks it is open.
 */
export function statusTimes(call: Call, path: ApplicationStatus[], index: number): Date[] {
  const isOpen = call.status === "PUBLISHED";
  const created = atHkt(
    call.opensAt,
    2 + (isOpen ? 4 : 5) * index,
    DRAFTING_TIMES[index % DRAFTING_TIMES.length] ?? "10:00",
  );
  const latestSubmission = shiftDays(call.closesAt, -1);
  const draftedSubmission = atHkt(created, isOpen ? 9 : 12, index % 2 === 0 ? "22:47" : "17:05");
  const submitted =
    !isOpen && draftedSubmission > latestSubmission ? latestSubmission : draftedSubmission;
  // Closed calls: the panel's calendar runs from the closing date.
  const anchor = isOpen ? submitted : call.closesAt;
  const stage: Record<ApplicationStatus, Date> = {
    DRAFT: created,
    SUBMITTED: submitted,
    SCREENING: atHkt(anchor, isOpen ? 2 : 4, "10:15"),
    IN_REVIEW: atHkt(anchor, isOpen ? 8 : 14, "15:00"),
    SHORTLISTED: atHkt(anchor, isOpen ? 16 : 35, "11:30"),
    ACCEPTED: atHkt(anchor, 52, "17:30"),
    REJECTED: atHkt(anchor, 52, "17:30"),
    WITHDRAWN: created,
  };
  return path.map((status, position) => {
    const previous = path[position - 1];
    if (!previous || (status !== "REJECTED" && status !== "WITHDRAWN")) return stage[status];
    if (status === "WITHDRAWN") return atHkt(stage[previous], 3, "09:20");
    // Rejected at screening or after review: soon after that stage, not at the final panel.
    if (previous === "SCREENING") return atHkt(stage.SCREENING, 5, "16:40");
    if (previous === "IN_REVIEW") return atHkt(anchor, 30, "17:00");
    return stage.REJECTED;
  });
}
