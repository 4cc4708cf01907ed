import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EnrolmentsWithoutGrant } from "@/components/grants/enrolments-without-grant";
import { GrantFiltersForm } from "@/components/grants/grant-filters-form";
import { GrantStats } from "@/components/grants/grant-stats";
import { GrantsTable } from "@/components/grants/grants-table";
import { ProgrammeBudgetsTable } from "@/components/grants/programme-budgets-table";
import { StartupGrantCard } from "@/components/grants/startup-grant-card";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { listStartupGrantDetails } from "@/lib/data/grants/get-grant-detail";
import { parseGrantListFilters } from "@/lib/data/grants/grant-list-filters";
import { listEnrolmentsWithoutGrant } from "@/lib/data/grants/list-enrolments-without-grant";
import { listGrantsPage } from "@/lib/data/grants/list-grants-page";
import { listProgrammeBudgets } from "@/lib/data/grants/list-programme-budgets";
import { addTotals } from "@/lib/domain/disbursement-totals";
import { readAsTenant } from "@/lib/db";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grants");
  return { title: t("title") };
}

/**
 * A start-up's grants (balance by bucket and its requests), or for the operator's admins,
 * officers and finance the budget of every funding programme (summed by SQL) and every grant,
 * 50 a page, filtered by programme or start-up name. Anyone else: 404.
 */
export default async function GrantsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  const t = await getTranslations("grants");

  if (membership.role === "STARTUP_MEMBER") {
    const grants = await listStartupGrantDetails(organisation.id);
    return (
      <div className="space-y-8">
        <PageHeader title={t("startup.title")} description={t("startup.description")} />
        {grants.length === 0 ? (
          <EmptyState title={t("startup.empty")}>{t("startup.emptyHint")}</EmptyState>
        ) : (
          grants.map((grant) => (
            <StartupGrantCard key={grant.id} organisation={organisation.slug} grant={grant} />
          ))
        )}
      </div>
    );
  }

  if (!roleCan(membership.role, "grant.report")) notFound();
  const filters = parseGrantListFilters(query);
  const [budgets, grants, waiting] = await readAsTenant(() =>
    Promise.all([
      listProgrammeBudgets(organisation.id),
      listGrantsPage(organisation.id, filters),
      listEnrolmentsWithoutGrant(organisation.id),
    ]),
  );
  const canAward = roleCan(membership.role, "grant.award");
  const basePath = `/${organisation.slug}/grants`;
  const filteredBudget = filters.programmeId
    ? budgets.find((budget) => budget.programmeId === filters.programmeId)
    : undefined;
  const programmes = budgets.map((budget) => ({
    id: budget.programmeId,
    name: budget.programmeName,
    nameZh: budget.programmeNameZh,
  }));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <GrantStats
        totals={addTotals(budgets.map((budget) => budget.totals))}
        awardedHint={t("grantCount", {
          count: budgets.reduce((sum, budget) => sum + budget.grantCount, 0),
        })}
      />
      <Card>
        <CardHeader title={t("programmes.title")} description={t("programmes.description")} />
        {budgets.length === 0 ? (
          <CardBody>
            <EmptyState title={t("programmes.empty")}>{t("programmes.emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <ProgrammeBudgetsTable organisation={organisation.slug} budgets={budgets} />
        )}
      </Card>
      <Card>
        <CardHeader
          title={t("list.title")}
          description={t("list.description")}
          action={
            <span className="flex flex-wrap items-center gap-3">
              <span className="font-medium text-ink-700 tabular-nums">
                {t("grantCount", { count: grants.totalCount })}
              </span>
              {filteredBudget ? (
                <a
                  href={`/api/${organisation.slug}/grants/export?programme=${filteredBudget.programmeId}&view=grants`}
                  className={buttonClassName({ variant: "secondary", size: "sm" })}
                  download
                >
                  {t("downloadCsv")}
                </a>
              ) : null}
            </span>
          }
        />
        <GrantFiltersForm basePath={basePath} filters={filters} programmes={programmes} />
        {grants.items.length === 0 ? (
          <CardBody className="border-t border-ink-100">
            <EmptyState title={t("list.empty")}>{t("list.emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <div className="border-t border-ink-100">
            <GrantsTable
              organisation={organisation.slug}
              grants={grants.items}
              caption={t("list.title")}
              showProgramme={!filters.programmeId}
              totals={filteredBudget && !filters.search ? filteredBudget.totals : undefined}
            />
          </div>
        )}
        <CursorPager
          basePath={basePath}
          searchParams={query}
          nextCursor={grants.nextCursor}
          label={t("list.pagerLabel")}
        />
      </Card>
      <Card>
        <CardHeader
          title={t("waiting.title")}
          description={canAward ? t("waiting.descriptionAward") : t("waiting.descriptionOther")}
        />
        {waiting.items.length === 0 ? (
          <CardBody>
            <EmptyState title={t("waiting.empty")} />
          </CardBody>
        ) : (
          <EnrolmentsWithoutGrant
            organisation={organisation.slug}
            enrolments={waiting.items}
            totalCount={waiting.totalCount}
            canAward={canAward}
          />
        )}
      </Card>
    </div>
  );
}
