import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EnrolmentsWithoutGrant } from "@/components/grants/enrolments-without-grant";
import { GrantFiltersForm } from "@/components/grants/grant-filters-form";
import { GrantStats } from "@/components/grants/grant-stats";
import { GrantsTable } from "@/components/grants/grants-table";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { getProgrammeMoney } from "@/lib/data/grants/get-programme-money";
import { parseGrantListFilters } from "@/lib/data/grants/grant-list-filters";
import { listEnrolmentsWithoutGrant } from "@/lib/data/grants/list-enrolments-without-grant";
import { listGrantsPage } from "@/lib/data/grants/list-grants-page";
import { readAsTenant } from "@/lib/db";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grants");
  return { title: t("programme.metaTitle") };
}

/**
 * One programme's money for officers, finance and admins: totals summed by SQL, its grants 50 a
 * page (searchable by start-up), the CSV exports for finance.
 */
export default async function ProgrammeBudgetPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; programmeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org, programmeId } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "grant.report");
  const t = await getTranslations("grants");
  const f = await getFormat();
  const filters = { ...parseGrantListFilters(query), programmeId };
  const [budget, grants, waiting] = await readAsTenant(() =>
    Promise.all([
      getProgrammeMoney(organisation.id, programmeId),
      listGrantsPage(organisation.id, filters),
      listEnrolmentsWithoutGrant(organisation.id, programmeId),
    ]),
  );
  if (!budget) notFound();
  const exportHref = (view: string) =>
    `/api/${organisation.slug}/grants/export?programme=${budget.programme.id}&view=${view}`;
  const basePath = `/${organisation.slug}/grants/programmes/${budget.programme.id}`;
  const isZh = f.locale !== "en" && budget.programme.nameZh;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${organisation.slug}/grants`} className="text-brand-700 hover:underline">
          ← {t("title")}
        </Link>
      </p>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeader
          title={isZh ? (budget.programme.nameZh ?? budget.programme.name) : budget.programme.name}
          titleZh={isZh ? null : budget.programme.nameZh}
          description={`${t("upToPerStartup", { amount: f.moneyWhole(budget.programme.fundingCapCents) })} · ${t("grantCount", { count: budget.grantCount })}`}
        />
        <div className="flex flex-wrap gap-2">
          <a
            href={exportHref("grants")}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
            download
          >
            {t("programme.exportGrants")}
          </a>
          <a
            href={exportHref("tranches")}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
            download
          >
            {t("programme.exportTranches")}
          </a>
        </div>
      </div>
      <GrantStats totals={budget.totals} />
      <Card>
        <CardHeader
          title={t("programme.grantsTitle")}
          description={t("programme.grantsDescription")}
        />
        {budget.grantCount === 0 ? (
          <CardBody>
            <EmptyState title={t("programme.empty")}>{t("programme.emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <>
            <GrantFiltersForm basePath={basePath} filters={filters} />
            <div className="border-t border-ink-100">
              {grants.items.length === 0 ? (
                <CardBody>
                  <EmptyState title={t("list.empty")}>{t("list.emptyHint")}</EmptyState>
                </CardBody>
              ) : (
                <GrantsTable
                  organisation={organisation.slug}
                  grants={grants.items}
                  caption={t("programme.caption", { programme: budget.programme.name })}
                  totals={filters.search ? undefined : budget.totals}
                />
              )}
            </div>
            <CursorPager
              basePath={basePath}
              searchParams={query}
              nextCursor={grants.nextCursor}
              label={t("list.pagerLabel")}
            />
          </>
        )}
      </Card>
      {waiting.items.length > 0 ? (
        <Card>
          <CardHeader title={t("waiting.title")} />
          <EnrolmentsWithoutGrant
            organisation={organisation.slug}
            enrolments={waiting.items}
            totalCount={waiting.totalCount}
            canAward={roleCan(membership.role, "grant.award")}
          />
        </Card>
      ) : null}
    </div>
  );
}
