import "server-only";
import { db } from "@/lib/db";
import type { MoneyTotals } from "@/lib/domain/disbursement-totals";
import { READ_TRANSACTION } from "./money-transaction";
import { NO_MONEY, sumGrantBudgets } from "./sum-grant-budgets";

export type ProgrammeBudget = {
  programmeId: string;
  programmeName: string;
  programmeNameZh: string | null;
  fundingCapCents: bigint;
  grantCount: number;
  enrolmentsWithoutGrant: number;
  totals: MoneyTotals;
};

/**
 * The operator's programmes that fund start-ups, each with its grants' money in one line: the
 * sums come from one SQL aggregate, never from loading the grants or their tranches.
 */
export async function listProgrammeBudgets(organisationId: string): Promise<ProgrammeBudget[]> {
  const { programmes, money } = await db.$transaction(async (tx) => {
    const programmes = await tx.programme.findMany({
      where: {
        organisationId,
        OR: [
          { fundingBuckets: { some: {} } },
          { enrolments: { some: { grant: { isNot: null } } } },
        ],
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        nameZh: true,
        fundingCapCents: true,
        _count: { select: { enrolments: { where: { status: "ACTIVE", grant: { is: null } } } } },
      },
    });
    return { programmes, money: await sumGrantBudgets(tx, organisationId) };
  }, READ_TRANSACTION);
  return programmes.map((programme) => {
    const own = money.get(programme.id);
    return {
      programmeId: programme.id,
      programmeName: programme.name,
      programmeNameZh: programme.nameZh,
      fundingCapCents: programme.fundingCapCents,
      grantCount: own?.grantCount ?? 0,
      enrolmentsWithoutGrant: programme._count.enrolments,
      totals: own?.totals ?? NO_MONEY,
    };
  });
}
