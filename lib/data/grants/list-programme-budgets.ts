import "server-only";
import { db } from "@/lib/db";
import {
  addTotals,
  closeOut,
  grantTotals,
  type MoneyTotals,
} from "@/lib/domain/disbursement-totals";
import { loadGrantTranches } from "./load-grant-tranches";
import { READ_TRANSACTION } from "./money-transaction";

export type ProgrammeBudget = {
  programmeId: string;
  programmeName: string;
  programmeNameZh: string | null;
  fundingCapCents: bigint;
  grantCount: number;
  enrolmentsWithoutGrant: number;
  totals: MoneyTotals;
};

/** The operator's programmes that fund start-ups, each with its grants' money in one line. */
export async function listProgrammeBudgets(organisationId: string): Promise<ProgrammeBudget[]> {
  const { programmes, grants, tranches } = await db.$transaction(async (tx) => {
    const programmes = await tx.programme.findMany({
      where: {
        organisationId,
        OR: [
          { fundingBuckets: { some: {} } },
          { enrolments: { some: { grant: { isNot: null } } } },
        ],
      },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        nameZh: true,
        fundingCapCents: true,
        _count: { select: { enrolments: { where: { status: "ACTIVE", grant: { is: null } } } } },
      },
    });
    const grants = await tx.grant.findMany({
      where: { organisationId },
      select: {
        id: true,
        status: true,
        approvedTotalCents: true,
        enrolment: { select: { programmeId: true } },
        buckets: { select: { id: true, capCents: true } },
      },
    });
    return { programmes, grants, tranches: await loadGrantTranches(tx, { organisationId }) };
  }, READ_TRANSACTION);
  return programmes.map((programme) => {
    const own = grants.filter((grant) => grant.enrolment.programmeId === programme.id);
    return {
      programmeId: programme.id,
      programmeName: programme.name,
      programmeNameZh: programme.nameZh,
      fundingCapCents: programme.fundingCapCents,
      grantCount: own.length,
      enrolmentsWithoutGrant: programme._count.enrolments,
      totals: addTotals(
        own.map((grant) => {
          const { totals } = grantTotals(
            grant.approvedTotalCents,
            grant.buckets,
            tranches.get(grant.id) ?? [],
          );
          return grant.status === "CLOSED" ? closeOut(totals) : totals;
        }),
      ),
    };
  });
}
