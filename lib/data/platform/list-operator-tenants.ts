import "server-only";
import { db } from "@/lib/db";

export type OperatorTenantSummary = Awaited<ReturnType<typeof listOperatorTenants>>[number];

type TenantOverviewRow = {
  id: string;
  slug: string;
  name: string;
  nameZh: string | null;
  createdAt: Date;
  programmeCount: bigint;
  userCount: bigint;
  enrolledStartupCount: bigint;
};

/**
 * Every operator tenant with headline counts, for the platform admin only (the caller checks
 * `isPlatformAdmin`). Counts only: the platform console never reads tenant records. Row-level
 * security gives the platform admin no tenant's rows, so the counting is done by the database
 * function `platform_tenant_overview()`, which refuses anyone but a platform admin.
 */
export async function listOperatorTenants() {
  const rows = await db.$queryRaw<TenantOverviewRow[]>`select * from platform_tenant_overview()`;
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameZh: row.nameZh,
    createdAt: row.createdAt,
    programmeCount: Number(row.programmeCount),
    userCount: Number(row.userCount),
    // A start-up enrolled in two programmes of one operator counts once.
    enrolledStartupCount: Number(row.enrolledStartupCount),
  }));
}
