import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Tranches the programme office or finance has signed but not yet paid: committed money. */
const COMMITTED_STATUSES = ["APPROVED", "FINANCE_APPROVED"] as const;

export type ProgrammeBudget = {
  programmeId: string;
  programmeName: string;
  programmeNameZh: string | null;
  grantCount: number;
  /** The programme's per-start-up cap times its grants: the most these grants could be. */
  capCents: bigint;
  awardedCents: bigint;
  /** Signed (officer, or officer and finance), not yet paid. */
  committedCents: bigint;
  paidCents: bigint;
  /** awarded − committed − paid. */
  remainingCents: bigint;
};

export type BucketBudget = {
  programmeId: string;
  code: string;
  name: string;
  nameZh: string | null;
  grantCount: number;
  /** The bucket's cap summed over the programme's grants. */
  capCents: bigint;
  committedCents: bigint;
  paidCents: bigint;
  /** cap − committed − paid. */
  remainingCents: bigint;
};

type ProgrammeRow = Omit<ProgrammeBudget, "remainingCents">;
type BucketRow = Omit<BucketBudget, "remainingCents">;

/**
 * Grant budget use per programme and per funding bucket, each in one aggregate query (the
 * disbursements are summed per grant or bucket by PostgreSQL first), so the cost does not grow
 * with the grants or tranches. `programmeId` narrows both to one programme (the report).
 */
export async function getGrantBudgets(
  organisationId: string,
  programmeId?: string,
): Promise<{ programmes: ProgrammeBudget[]; buckets: BucketBudget[] }> {
  const onlyProgramme = programmeId
    ? Prisma.sql`and e."programmeId" = ${programmeId}`
    : Prisma.empty;
  const committed = Prisma.join(COMMITTED_STATUSES.map((status) => Prisma.sql`${status}`));
  const [programmes, buckets] = await Promise.all([
    db.$queryRaw<ProgrammeRow[]>`
      select p.id as "programmeId", p.name as "programmeName", p."nameZh" as "programmeNameZh",
        count(g.id)::int as "grantCount",
        (p."fundingCapCents" * count(g.id))::bigint as "capCents",
        coalesce(sum(g."approvedTotalCents"), 0)::bigint as "awardedCents",
        coalesce(sum(d.committed), 0)::bigint as "committedCents",
        coalesce(sum(d.paid), 0)::bigint as "paidCents"
      from "Grant" g
      join "Enrolment" e on e.id = g."enrolmentId" and e."organisationId" = ${organisationId}
      join "Programme" p on p.id = e."programmeId" and p."organisationId" = ${organisationId}
      left join (
        select "grantId",
          sum("amountCents") filter (where status::text in (${committed})) as committed,
          sum("amountCents") filter (where status = 'PAID') as paid
        from "Disbursement" where "organisationId" = ${organisationId}
        group by "grantId"
      ) d on d."grantId" = g.id
      where g."organisationId" = ${organisationId} ${onlyProgramme}
      group by p.id
      order by p.name, p.id`,
    db.$queryRaw<BucketRow[]>`
      select e."programmeId" as "programmeId", gb.code as code,
        min(gb.name) as name, min(gb."nameZh") as "nameZh",
        count(gb.id)::int as "grantCount",
        coalesce(sum(gb."capCents"), 0)::bigint as "capCents",
        coalesce(sum(d.committed), 0)::bigint as "committedCents",
        coalesce(sum(d.paid), 0)::bigint as "paidCents"
      from "GrantBucket" gb
      join "Grant" g on g.id = gb."grantId" and g."organisationId" = ${organisationId}
      join "Enrolment" e on e.id = g."enrolmentId" and e."organisationId" = ${organisationId}
      join "Programme" p on p.id = e."programmeId" and p."organisationId" = ${organisationId}
      left join "ProgrammeFundingBucket" pb on pb.id = gb."programmeBucketId"
      left join (
        select "bucketId",
          sum("amountCents") filter (where status::text in (${committed})) as committed,
          sum("amountCents") filter (where status = 'PAID') as paid
        from "Disbursement" where "organisationId" = ${organisationId}
        group by "bucketId"
      ) d on d."bucketId" = gb.id
      where gb."organisationId" = ${organisationId} ${onlyProgramme}
      group by e."programmeId", p.name, gb.code
      -- Programmes in the same order as the per-programme rows, buckets in their set order.
      order by p.name, e."programmeId", min(coalesce(pb.position, 0)), gb.code`,
  ]);
  return {
    programmes: programmes.map((row) => ({
      ...row,
      remainingCents: row.awardedCents - row.committedCents - row.paidCents,
    })),
    buckets: buckets.map((row) => ({
      ...row,
      remainingCents: row.capCents - row.committedCents - row.paidCents,
    })),
  };
}
