import { z } from "zod";
import { cursorDate, decodeCursor, firstParam } from "@/lib/pagination/cursor";
import type { DisbursementStatus, MembershipRole } from "@/lib/generated/prisma/enums";

/** The queue's status filter: one status, the steps waiting for the viewer, every open one, or all. */
export const TRANCHE_VIEWS = [
  "waiting",
  "open",
  "REQUESTED",
  "APPROVED",
  "FINANCE_APPROVED",
  "PAID",
  "REJECTED",
  "all",
] as const;
export type TrancheView = (typeof TRANCHE_VIEWS)[number];

export type TrancheQueueFilters = {
  view: TrancheView;
  programmeId?: string;
  cursor?: { requestedAt: Date; id: string };
};

/** Statuses whose tranches still need a signature or a payment. */
export const OPEN_STATUSES = ["REQUESTED", "APPROVED", "FINANCE_APPROVED"] as const;

/** The statuses each role acts on: the officer's first signature, finance's second and the payment. */
export function statusesWaitingFor(role: MembershipRole): DisbursementStatus[] {
  if (role === "PROGRAMME_OFFICER") return ["REQUESTED"];
  if (role === "FINANCE_APPROVER") return ["APPROVED", "FINANCE_APPROVED"];
  return [];
}

/** The view a role lands on: what waits for it, or (admins) every open tranche. */
export function defaultTrancheView(role: MembershipRole): TrancheView {
  return statusesWaitingFor(role).length > 0 ? "waiting" : "open";
}

const idPattern = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/**
 * Reads the queue's filters from its URL (`?status=&programme=&cursor=`). A bad value is
 * dropped, never an error: a hand-edited URL shows the role's default queue.
 */
export function parseTrancheQueueFilters(
  searchParams: Record<string, string | string[] | undefined>,
  role: MembershipRole,
): TrancheQueueFilters {
  const status = firstParam(searchParams, "status");
  const programme = idPattern.safeParse(firstParam(searchParams, "programme"));
  const fallback = defaultTrancheView(role);
  let view = TRANCHE_VIEWS.find((candidate) => candidate === status) ?? fallback;
  if (view === "waiting" && statusesWaitingFor(role).length === 0) view = "open";
  const parts = decodeCursor(firstParam(searchParams, "cursor"), 2);
  const requestedAt = cursorDate(parts?.[0]);
  const cursorId = idPattern.safeParse(parts?.[1]);
  return {
    view,
    programmeId: programme.success ? programme.data : undefined,
    cursor: requestedAt && cursorId.success ? { requestedAt, id: cursorId.data } : undefined,
  };
}
