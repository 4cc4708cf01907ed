import "server-only";
import type { Transaction } from "@/lib/data/cohort/transaction";
import { cursorDate, decodeCursor, PAGE_SIZE, takePage } from "@/lib/pagination/cursor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Newest session first; the id breaks ties so no session is skipped or repeated. */
export const SESSION_ORDER = [
  { startsAt: "desc" },
  { id: "desc" },
] satisfies Prisma.CoachingSessionOrderByWithRelationInput[];

/** Sessions after the cursor `[startsAt, id]` in SESSION_ORDER; malformed: the first page. */
export function sessionsAfter(cursor: string | undefined): Prisma.CoachingSessionWhereInput {
  const [startsAt, id] = decodeCursor(cursor, 2) ?? [];
  const date = cursorDate(startsAt);
  if (!date || typeof id !== "string") return {};
  return { OR: [{ startsAt: { lt: date } }, { startsAt: date, id: { lt: id } }] };
}

export const actionItemFields = {
  id: true,
  description: true,
  ownerSide: true,
  status: true,
  dueOn: true,
  owner: { select: { name: true } },
} satisfies Prisma.ActionItemSelect;

const sessionFields = {
  id: true,
  mentorId: true,
  startsAt: true,
  durationMinutes: true,
  mode: true,
  status: true,
  topics: true,
  sharedNotes: true,
  confirmedAt: true,
  mentor: { select: { name: true, nameZh: true } },
  actionItems: {
    orderBy: [{ status: "asc" }, { dueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: actionItemFields,
  },
} satisfies Prisma.CoachingSessionSelect;

/**
 * One page (PAGE_SIZE) of an enrolment's coaching sessions, newest first, for the operator's
 * side. The operator-only part (private notes, assessment) is read only for the sessions
 * `privateNotesOf` allows: every session for the programme team, a mentor's own for a mentor.
 * The caller has already checked the viewer may see this enrolment.
 */
export async function readEnrolmentSessionPage(
  tx: Transaction,
  {
    organisationId,
    enrolmentId,
    cursor,
    privateNotesOf,
  }: {
    organisationId: string;
    enrolmentId: string;
    cursor?: string;
    privateNotesOf: "all" | { mentorId: string };
  },
) {
  const where = { organisationId, enrolmentId };
  const [rows, total] = await Promise.all([
    tx.coachingSession.findMany({
      where: { AND: [where, sessionsAfter(cursor)] },
      orderBy: SESSION_ORDER,
      take: PAGE_SIZE + 1,
      select: sessionFields,
    }),
    tx.coachingSession.count({ where }),
  ]);
  const page = takePage(rows, (row) => [row.startsAt.toISOString(), row.id]);
  const readable = page.items
    .filter((row) => privateNotesOf === "all" || row.mentorId === privateNotesOf.mentorId)
    .map((row) => row.id);
  const notes =
    readable.length === 0
      ? []
      : await tx.coachingPrivateNote.findMany({
          where: { coachingSessionId: { in: readable } },
          select: {
            coachingSessionId: true,
            notes: true,
            assessmentRating: true,
            assessmentComment: true,
          },
        });
  const noteOf = new Map(notes.map(({ coachingSessionId, ...note }) => [coachingSessionId, note]));
  return {
    total,
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({ ...row, privateNote: noteOf.get(row.id) ?? null })),
  };
}
