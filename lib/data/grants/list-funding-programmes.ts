import "server-only";
import { db } from "@/lib/db";

export type FundingProgrammeOption = { id: string; name: string; nameZh: string | null };

/** The operator's programmes that fund start-ups (buckets set, or a grant awarded): filter options. */
export async function listFundingProgrammes(
  organisationId: string,
): Promise<FundingProgrammeOption[]> {
  return db.programme.findMany({
    where: {
      organisationId,
      OR: [{ fundingBuckets: { some: {} } }, { enrolments: { some: { grant: { isNot: null } } } }],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, nameZh: true },
  });
}
