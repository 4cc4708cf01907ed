import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";

type Transaction = Omit<Database, ITXClientDenyList>;

/** The operator's own roles that review: officers, mentors and invited external reviewers. */
export const OPERATOR_REVIEWER_ROLES = [
  "PROGRAMME_OFFICER",
  "MENTOR",
  "EXTERNAL_REVIEWER",
] as const;

export type PartnerReviewer = {
  userId: string;
  name: string;
  title: string | null;
  partnerId: string;
  partnerName: string;
  partnerSlug: string;
};

/**
 * The partner scientists who may review applications of this programme: active partner
 * members of its linked partners that review (canReviewShortlisted). The operator cannot read
 * partner memberships, so `app_programme_partner_reviewers()` (SECURITY DEFINER) answers, for
 * the transaction's own programmes only. Names come from the shared user and organisation
 * directory.
 */
export async function findPartnerReviewers(
  tx: Transaction,
  { programmeId }: { programmeId: string },
): Promise<PartnerReviewer[]> {
  const rows = await tx.$queryRaw<{ user_id: string; partner_id: string; title: string | null }[]>`
    select user_id, partner_id, title from app_programme_partner_reviewers(${programmeId})`;
  if (rows.length === 0) return [];
  const [users, partners] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: rows.map((row) => row.user_id) } },
      select: { id: true, name: true },
    }),
    tx.organisation.findMany({
      where: { id: { in: rows.map((row) => row.partner_id) } },
      select: { id: true, name: true, slug: true },
    }),
  ]);
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
  return rows
    .flatMap((row) => {
      const partner = partnerById.get(row.partner_id);
      const name = userNames.get(row.user_id);
      if (!partner || !name) return [];
      return [
        {
          userId: row.user_id,
          name,
          title: row.title,
          partnerId: partner.id,
          partnerName: partner.name,
          partnerSlug: partner.slug,
        },
      ];
    })
    .sort((a, b) => a.partnerName.localeCompare(b.partnerName) || a.name.localeCompare(b.name));
}
