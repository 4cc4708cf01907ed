import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import { dateParam } from "./partner-member-home-months";

type Transaction = Omit<Database, ITXClientDenyList>;

/** What the start-up should do next, most urgent kinds first (the page words each kind). */
export type StartupNextStep =
  | { kind: "DRAFT_DUE"; id: string; title: string; dueAt: Date }
  | { kind: "CLARIFICATION"; id: string; title: string; dueAt: Date }
  | { kind: "EVIDENCE"; id: string; enrolmentId: string; title: string; dueAt: Date }
  | { kind: "RECEIPT"; id: string; title: string; amountCents: bigint; dueAt: Date }
  | { kind: "CONFIRM_SESSION"; id: string; title: string; dueAt: Date };

type Row = {
  kind: StartupNextStep["kind"];
  id: string;
  parentId: string | null;
  title: string;
  at: Date;
  amountCents: bigint | null;
};

/** Each kind shows at most this many (the page links to the full list). */
const PER_KIND = 5;

/**
 * One bounded query: drafts whose call is still open (closing soonest first), applications
 * whose last message is the programme office's question, open milestones due within the
 * horizon or overdue without evidence yet, requested tranches from payment-proof buckets that
 * have no receipt yet (the officer cannot approve them without one), and sessions the mentor wrote up that the start-up has not confirmed.
 */
export async function listStartupNextSteps(
  tx: Transaction,
  { startupId, now, evidenceHorizon }: { startupId: string; now: Date; evidenceHorizon: Date },
): Promise<StartupNextStep[]> {
  const rows = await tx.$queryRaw<Row[]>`
    (select 'DRAFT_DUE' as kind, a.id, null as "parentId", a."projectTitle" as title,
        c."closesAt" as at, null::bigint as "amountCents"
      from "Application" a join "Call" c on c.id = a."callId"
      where a."startupId" = ${startupId} and a.status = 'DRAFT' and c."closesAt" > ${now}
      order by c."closesAt", a.id limit ${PER_KIND})
    union all
    (select 'CLARIFICATION', a.id, null, a."projectTitle", last.at, null
      from "Application" a
      cross join lateral (
        select msg.kind, msg."createdAt" as at from "ApplicationMessage" msg
        where msg."applicationId" = a.id order by msg."createdAt" desc, msg.id desc limit 1
      ) last
      where a."startupId" = ${startupId} and last.kind = 'CLARIFICATION_REQUEST'
        and a.status not in ('DRAFT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')
      order by last.at, a.id limit ${PER_KIND})
    union all
    (select 'EVIDENCE', m.id, m."enrolmentId", m.title, m."dueOn", null
      from "Milestone" m join "Enrolment" e on e.id = m."enrolmentId"
      where e."startupId" = ${startupId} and e.status = 'ACTIVE'
        and m.status in ('PLANNED', 'IN_PROGRESS', 'DELAYED')
        and m."dueOn" <= ${dateParam(evidenceHorizon)}
      order by m."dueOn", m.id limit ${PER_KIND})
    union all
    (select 'RECEIPT', d.id, null, d.purpose, d."requestedAt", d."amountCents"
      from "Disbursement" d
      join "GrantBucket" b on b.id = d."bucketId"
      join "Grant" g on g.id = d."grantId"
      join "Enrolment" e on e.id = g."enrolmentId"
      where e."startupId" = ${startupId} and b."evidenceRule" = 'PAYMENT_PROOF'
        and d.status = 'REQUESTED'
        and not exists (select 1 from "Attachment" f where f."disbursementId" = d.id)
      order by d."requestedAt", d.id limit ${PER_KIND})
    union all
    (select 'CONFIRM_SESSION', s.id, null, u.name, s."startsAt", null
      from "CoachingSession" s
      join "Enrolment" e on e.id = s."enrolmentId"
      join "User" u on u.id = s."mentorId"
      where e."startupId" = ${startupId} and s.status = 'LOGGED'
      order by s."startsAt", s.id limit ${PER_KIND})`;

  return rows.map((row): StartupNextStep => {
    switch (row.kind) {
      case "EVIDENCE":
        return {
          kind: row.kind,
          id: row.id,
          enrolmentId: row.parentId ?? "",
          title: row.title,
          dueAt: row.at,
        };
      case "RECEIPT":
        return {
          kind: row.kind,
          id: row.id,
          title: row.title,
          amountCents: row.amountCents ?? 0n,
          dueAt: row.at,
        };
      default:
        return { kind: row.kind, id: row.id, title: row.title, dueAt: row.at };
    }
  });
}
