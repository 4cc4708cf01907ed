import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/grants/local-name";
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
import { readAsTenant } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

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
  const [{ events, nextCursor }, options] = await readAsTenant(() =>
    Promise.all([
      listAuditEvents(organisation.id, filters),
      getAuditFilterOptions(organisation.id),
    ]),
  );
  const basePath = `/${organisation.slug}/audit`;
  const t = await getTranslations("audit");

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description", {
          organisation: localName(await getLocale(), organisation.name, organisation.nameZh),
          size: AUDIT_PAGE_SIZE,
        })}
      />
      <Card>
        <CardBody>
          <AuditFiltersForm basePath={basePath} filters={filters} options={options} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title={filters.cursor ? t("olderEvents") : t("latestEvents")}
          description={t("shown", { count: events.length })}
        />
        {events.length === 0 ? (
          <CardBody>
            <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <AuditEventsTable events={events} />
        )}
        <AuditPagination basePath={basePath} filters={filters} nextCursor={nextCursor} />
      </Card>
    </div>
  );
}
