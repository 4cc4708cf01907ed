import "server-only";
import { db } from "@/lib/db";
import { READ_TRANSACTION } from "./money-transaction";
import { NO_MONEY, sumGrantBudgets } from "./sum-grant-budgets";

/**
 * One funding programme of the operator with its grants' money summed by SQL (count and totals
 * of every grant in it); null for another operator's programme.
 */
export async function getProgrammeMoney(organisationId: string, programmeId: string) {
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.findFirst({
      where: { id: programmeId, organisationId },
      select: { id: true, name: true, nameZh: true, fundingCapCents: true },
    });
    if (!programme) return null;
    const money = (await sumGrantBudgets(tx, organisationId, programme.id)).get(programme.id);
    return { programme, grantCount: money?.grantCount ?? 0, totals: money?.totals ?? NO_MONEY };
  }, READ_TRANSACTION);
}
