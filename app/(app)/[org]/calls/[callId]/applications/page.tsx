import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CallApplicationsFilters } from "@/components/calls/call-applications-filters";
import { localized } from "@/components/calls/localized";
import { CallApplicationsList } from "@/components/reviews/call-applications-list";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { readCallApplicationFilters } from "@/lib/data/reviews/call-application-filters";
import { countCallApplications } from "@/lib/data/reviews/count-call-applications";
import { getCallScoreboard } from "@/lib/data/reviews/get-call-scoreboard";
import { listAssignableReviewers } from "@/lib/data/reviews/list-assignable-reviewers";
import { addDays, hongKongToday } from "@/lib/domain/dates";
import { PAGE_SIZE, readCursorParam } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls.applications");
  return { title: t("metaTitle") };
}

const DEFAULT_REVIEW_DAYS = 14;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The applications of one call for the officer, 50 a page, filtered by status and start-up name:
 * status, screening, reviews done of assigned, mean score; select several on the page to screen
 * them eligible, assign a reviewer or shortlist them at once. The figures count the whole call.
 */
export default async function CallApplicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; callId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org, callId } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.screen");
  const filters = readCallApplicationFilters(query);
  const now = new Date();
  const scoreboard = await getCallScoreboard(organisation.id, callId, now, {
    filters,
    page: { cursor: readCursorParam(query), size: PAGE_SIZE },
  });
  if (!scoreboard) notFound();
  const [reviewers, counts, t, f, locale] = await readAsTenant(() =>
    Promise.all([
      listAssignableReviewers(organisation.id, scoreboard.call.programme.id),
      countCallApplications(organisation.id, callId, now),
      getTranslations("calls.applications"),
      getFormat(),
      getLocale(),
    ]),
  );
  const { call } = scoreboard;
  const rows = scoreboard.applications;
  const today = hongKongToday();
  const isFiltered = Boolean(filters.status || filters.search);
  const basePath = `/${organisation.slug}/calls/${callId}/applications`;
  const exportQuery = new URLSearchParams();
  if (filters.status) exportQuery.set("status", filters.status);
  if (filters.search) exportQuery.set("q", filters.search);
  const exportHref = `/api/${organisation.slug}/calls/${callId}/export${exportQuery.size > 0 ? `?${exportQuery}` : ""}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={localized(locale, call.title, call.titleZh)}
          description={[
            localized(locale, call.programme.name, call.programme.nameZh),
            t("closes", { date: f.date(call.closesAt) }),
            call.isBlindReview ? t("blind") : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        />
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/${organisation.slug}/calls/${callId}/results`}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
          >
            {t("results")}
          </Link>
          <a
            href={exportHref}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
            download
          >
            {isFiltered ? t("exportFiltered") : t("export")}
          </a>
        </div>
      </div>
      <StatGrid>
        <Stat label={t("statApplications")} value={f.number(counts.total)} />
        <Stat label={t("statToScreen")} value={f.number(counts.toScreen)} tone="brand" />
        <Stat
          label={t("statInReview")}
          value={f.number(counts.inReview)}
          hint={
            counts.overdueReviews > 0
              ? t("overdueReviews", { count: counts.overdueReviews })
              : undefined
          }
          tone={counts.overdueReviews > 0 ? "danger" : "neutral"}
        />
        <Stat label={t("statShortlisted")} value={f.number(counts.shortlisted)} tone="warning" />
      </StatGrid>
      <Card>
        <CardHeader title={t("listTitle")} description={t("listDescription")} />
        {counts.total > 0 ? (
          <CallApplicationsFilters
            action={basePath}
            status={filters.status}
            search={filters.search}
            byStatus={counts.byStatus}
          />
        ) : null}
        {rows.length === 0 ? (
          <CardBody>
            {isFiltered ? (
              <EmptyState
                title={t("noMatchTitle")}
                action={
                  <Link href={basePath} className="text-sm font-medium text-brand-700 underline">
                    {t("clearFilters")}
                  </Link>
                }
              >
                {t("noMatchBody")}
              </EmptyState>
            ) : (
              <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
            )}
          </CardBody>
        ) : (
          <CallApplicationsList
            organisation={organisation.slug}
            callId={callId}
            rows={rows}
            reviewers={reviewers}
            defaultDueOn={isoDate(addDays(today, DEFAULT_REVIEW_DAYS))}
            earliestDueOn={isoDate(today)}
          />
        )}
        <CursorPager
          basePath={basePath}
          searchParams={query}
          nextCursor={scoreboard.nextCursor}
          label={t("pagerLabel")}
        />
      </Card>
    </div>
  );
}
