import "server-only";
import { db } from "@/lib/db";

export type PartnerOrganisationOption = Awaited<
  ReturnType<typeof listPartnerOrganisations>
>[number];

/**
 * Pharma partners an operator can co-incubate with: organisations of kind PARTNER from the
 * shared directory (names are public; no tenant data comes with them).
 */
export function listPartnerOrganisations() {
  return db.organisation.findMany({
    where: { kind: "PARTNER" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, nameZh: true },
  });
}
