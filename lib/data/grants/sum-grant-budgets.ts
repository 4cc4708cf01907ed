import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MoneyTotals } from "@/lib/domain/disbursement-totals";
import type { Transaction } from "./transaction";

export type ProgrammeMoney = { programmeId: string; grantCount: number; totals: MoneyTotals };

type Row = {
  programme_id: string;
  grant_count: number;
  cap_cents: bigint;
  requested_cents: bigint;
  approved_cents: bigint;
  paid_cents: bigint;
  remaining_cents: bigint;
  released_cents: bigint;
};

/**
 * The grants' money per programme, summed in PostgreSQL (one row per programme, whatever the
 * number of grants or tranches), by the rules of lib/domain/disbursement-totals: a grant's
 * remaining is the smaller of its total and its buckets' caps, less what is approved or paid;
 * a closed grant's remaining is released instead. Row-level security scopes every table read.
 */
export async function sumGrantBudgets(
  tx: Transaction,
  organisationId: string,
  programmeId?: string,
): Promise<Map<string, ProgrammeMoney>> {
  const programmeFilter = programmeId
    ? Prisma.sql`and e."programmeId" = ${programmeId}`
    : Prisma.empty;
  const rows = await tx.$queryRaw<Row[]>`
    with bucket_caps as (
      select b."grantId", sum(b."capCents") as caps
      from "GrantBucket" b
      where b."organisationId" = ${organisationId}
      group by b."grantId"
    ), tranche_sums as (
      select d."grantId",
        coalesce(sum(d."amountCents") filter (where d.status = 'REQUESTED'), 0) as requested,
        coalesce(sum(d."amountCents") filter (where d.status in ('APPROVED', 'FINANCE_APPROVED')), 0) as approved,
        coalesce(sum(d."amountCents") filter (where d.status = 'PAID'), 0) as paid
      from "Disbursement" d
      where d."organisationId" = ${organisationId}
      group by d."grantId"
    ), grant_money as (
      select e."programmeId" as programme_id,
        g.status = 'CLOSED' as is_closed,
        g."approvedTotalCents" as cap,
        least(g."approvedTotalCents", coalesce(c.caps, 0))
          - coalesce(t.approved, 0) - coalesce(t.paid, 0) as left_over,
        coalesce(t.requested, 0) as requested,
        coalesce(t.approved, 0) as approved,
        coalesce(t.paid, 0) as paid
      from "Grant" g
      join "Enrolment" e on e.id = g."enrolmentId"
      left join bucket_caps c on c."grantId" = g.id
      left join tranche_sums t on t."grantId" = g.id
      where g."organisationId" = ${organisationId} ${programmeFilter}
    )
    select programme_id,
      count(*)::int as grant_count,
      sum(cap)::bigint as cap_cents,
      sum(requested)::bigint as requested_cents,
      sum(approved)::bigint as approved_cents,
      sum(paid)::bigint as paid_cents,
      sum(case when is_closed then 0 else left_over end)::bigint as remaining_cents,
      sum(case when is_closed then left_over else 0 end)::bigint as released_cents
    from grant_money
    group by programme_id`;
  return new Map(
    rows.map((row) => [
      row.programme_id,
      {
        programmeId: row.programme_id,
        grantCount: row.grant_count,
        totals: {
          capCents: row.cap_cents,
          requestedCents: row.requested_cents,
          approvedCents: row.approved_cents,
          paidCents: row.paid_cents,
          remainingCents: row.remaining_cents,
          releasedCents: row.released_cents,
        },
      },
    ]),
  );
}

/** Totals with nothing in them: a programme without a grant. */
export const NO_MONEY: MoneyTotals = {
  capCents: 0n,
  requestedCents: 0n,
  approvedCents: 0n,
  paidCents: 0n,
  remainingCents: 0n,
  releasedCents: 0n,
};
