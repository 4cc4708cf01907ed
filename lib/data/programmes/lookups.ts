import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import { AppError } from "@/lib/errors";

export type Transaction = Omit<Database, ITXClientDenyList>;

/** The operator's own programme, for an officer's change; NOT_FOUND outside the tenant. */
export async function getOperatorProgrammeOrThrow(
  tx: Transaction,
  { organisationId, programmeId }: { organisationId: string; programmeId: string },
) {
  const programme = await tx.programme.findFirst({
    where: { id: programmeId, organisationId },
    include: {
      fundingBuckets: { orderBy: { position: "asc" } },
      partners: { select: { id: true, partnerId: true } },
    },
  });
  if (!programme) throw new AppError("NOT_FOUND", "That programme does not exist.");
  return programme;
}

/**
 * Checks that every id names a partner organisation (the shared directory, readable by every
 * tenant); anything else is refused without saying what it is.
 */
export async function assertPartnerOrganisations(tx: Transaction, partnerIds: readonly string[]) {
  if (partnerIds.length === 0) return;
  const found = await tx.organisation.count({
    where: { id: { in: [...partnerIds] }, kind: "PARTNER" },
  });
  if (found !== new Set(partnerIds).size) {
    throw new AppError("INVALID", "Choose the partners from the list of partner organisations.");
  }
}

/** Lower-case words joined by "-", at most 60 characters ("Incu-Bio 2027 Intake" → "incu-bio-2027-intake"). */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` does not hold. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** A programme slug unique within the operator. */
export async function uniqueProgrammeSlug(tx: Transaction, organisationId: string, name: string) {
  const base = slugify(name, "programme");
  const existing = await tx.programme.findMany({
    where: { organisationId, slug: { startsWith: base } },
    select: { slug: true },
  });
  return firstFreeSlug(base, new Set(existing.map((row) => row.slug)));
}
