import type { Metadata } from "next";
import { AuditEventsTable } from "@/components/audit/audit-events-table";
import { AuditFiltersForm } from "@/components/audit/audit-filters-form";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { AUDIT_PAGE_SIZE, parseAuditFilters } from "@/lib/data/audit/audit-filters";
import { getAuditFilterOptions } from "@/lib/data/audit/get-audit-filter-options";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";

export const metadata: Metadata = { title: "Audit trail" };

/** The organisation's append-only audit trail, for operator admins only (404 for anyone else). */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "audit.read");
  const filters = parseAuditFilters(await searchParams);
  const [{ events, nextCursor }, options] = await Promise.all([
    listAuditEvents(organisation.id, filters),
    getAuditFilterOptions(organisation.id),
  ]);
  const basePath = `/${organisation.slug}/audit`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit trail"
        description={`Who did what at ${organisation.name}, newest first, ${AUDIT_PAGE_SIZE} to a page. Times are Hong Kong time.`}
      />
      <Card>
        <CardBody>
          <AuditFiltersForm basePath={basePath} filters={filters} options={options} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title={filters.cursor ? "Older events" : "Latest events"}
          description={`${events.length} shown`}
        />
        {events.length === 0 ? (
          <CardBody>
            <EmptyState title="No events match.">
              Widen the date range or clear the filters.
            </EmptyState>
          </CardBody>
        ) : (
          <AuditEventsTable events={events} />
        )}
        <AuditPagination basePath={basePath} filters={filters} nextCursor={nextCursor} />
      </Card>
    </div>
  );
}
