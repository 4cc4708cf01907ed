import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/calls/localized";
import { inputClassName } from "@/components/members/input-class-name";
import { ExternalReviewersList } from "@/components/reviews/external-reviewers-list";
import { InviteExternalReviewerForm } from "@/components/reviews/invite-external-reviewer-form";
import { ReviewerQueueTable } from "@/components/reviews/reviewer-queue-table";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listCallsForResults } from "@/lib/data/reviews/list-calls-for-results";
import { listExternalReviewers } from "@/lib/data/reviews/list-external-reviewers";
import { countReviewerQueue, listReviewerQueuePage } from "@/lib/data/reviews/list-reviewer-queue";
import { readCursorParam } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviews.queue");
  return { title: t("metaTitle") };
}

/**
 * The reviewer's queue (50 a page), from any membership that reviews: an operator's officers,
 * mentors and external reviewers, and a partner's scientists for co-incubation calls. Officers
 * also reach each call's applications and results, export the review assignments, and invite
 * external reviewers, from here.
 */
export default async function ReviewsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "review.score");
  const canDecide = roleCan(membership.role, "application.decide");
  const canExport =
    roleCan(membership.role, "application.export") && organisation.kind === "OPERATOR";
  const canInvite = roleCan(membership.role, "review.assign") && organisation.kind === "OPERATOR";
  const reviewer = { userId: user.id, organisation };
  const now = new Date();
  const [queue, counts, calls, externalReviewers, t, f, locale] = await readAsTenant(() =>
    Promise.all([
      listReviewerQueuePage(reviewer, { cursor: readCursorParam(query) }),
      countReviewerQueue(reviewer, now),
      canDecide || canExport ? listCallsForResults(organisation.id) : Promise.resolve([]),
      canInvite ? listExternalReviewers(organisation.id) : Promise.resolve(null),
      getTranslations("reviews.queue"),
      getFormat(),
      getLocale(),
    ]),
  );
  const isOutsideReviewer =
    organisation.kind === "PARTNER" || membership.role === "EXTERNAL_REVIEWER";

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={isOutsideReviewer ? t("descriptionOutside") : t("description")}
      />
      <Card>
        <CardHeader
          title={t("assignedTitle")}
          description={
            <>
              {t("stillToSubmit", { count: counts.open })}
              {counts.overdue > 0 ? (
                <span className="font-medium text-red-700">
                  {" "}
                  · {t("overdue", { count: counts.overdue })}
                </span>
              ) : null}
            </>
          }
        />
        {queue.items.length === 0 ? (
          <CardBody>
            <EmptyState title={t("emptyTitle")}>
              {isOutsideReviewer ? t("emptyBodyOutside") : t("emptyBody")}
            </EmptyState>
          </CardBody>
        ) : (
          <ReviewerQueueTable
            organisation={organisation.slug}
            items={queue.items}
            now={now}
            showOperator={organisation.kind !== "OPERATOR"}
          />
        )}
        <CursorPager
          basePath={`/${organisation.slug}/reviews`}
          searchParams={query}
          nextCursor={queue.nextCursor}
          label={t("pagerLabel")}
        />
      </Card>
      {canDecide ? (
        <Card>
          <CardHeader title={t("callsTitle")} description={t("callsDescription")} />
          <CardBody>
            {calls.length === 0 ? (
              <p className="text-sm text-ink-500">{t("noCalls")}</p>
            ) : (
              <ul className="divide-y divide-ink-100">
                {calls.map((call) => (
                  <li
                    key={call.id}
                    className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                  >
                    <div className="min-w-0">
                      <p className="font-medium text-ink-900">
                        {localized(locale, call.title, call.titleZh)}
                      </p>
                      <p className="text-xs text-ink-500">
                        {localized(locale, call.programme.name, call.programme.nameZh)} ·{" "}
                        {t("closes", { date: f.date(call.closesAt) })}
                        {call.toScreenCount > 0
                          ? ` · ${t("toScreen", { count: call.toScreenCount })}`
                          : ""}
                      </p>
                    </div>
                    <div className="flex gap-3">
                      <Link
                        href={`/${organisation.slug}/calls/${call.id}/applications`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {t("applications")}
                      </Link>
                      <Link
                        href={`/${organisation.slug}/calls/${call.id}/results`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {t("results")}
                      </Link>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      ) : null}
      {canExport ? (
        <Card>
          <CardHeader title={t("exportTitle")} description={t("exportDescription")} />
          <CardBody>
            <form
              method="get"
              action={`/api/${organisation.slug}/reviews/export`}
              className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem_auto_auto] sm:items-end"
            >
              <div>
                <label htmlFor="export-call" className="block text-sm font-medium text-ink-800">
                  {t("exportCall")}
                </label>
                <select id="export-call" name="call" className={`mt-1 ${inputClassName}`}>
                  <option value="">{t("exportAllCalls")}</option>
                  {calls.map((call) => (
                    <option key={call.id} value={call.id}>
                      {localized(locale, call.title, call.titleZh)}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="export-status" className="block text-sm font-medium text-ink-800">
                  {t("exportStatus")}
                </label>
                <select id="export-status" name="status" className={`mt-1 ${inputClassName}`}>
                  <option value="">{t("exportAllStatuses")}</option>
                  <option value="ASSIGNED">{t("exportStatusAssigned")}</option>
                  <option value="CONFLICTED">{t("exportStatusConflicted")}</option>
                  <option value="SUBMITTED">{t("exportStatusSubmitted")}</option>
                </select>
              </div>
              <label className="flex h-10 items-center gap-2 text-sm text-ink-800">
                <input type="checkbox" name="overdue" value="1" className="size-4" />
                {t("exportOverdueOnly")}
              </label>
              <Button type="submit" variant="secondary">
                {t("exportButton")}
              </Button>
            </form>
          </CardBody>
        </Card>
      ) : null}
      {externalReviewers ? (
        <Card>
          <CardHeader title={t("externalTitle")} description={t("externalDescription")} />
          <CardBody className="space-y-4">
            <ExternalReviewersList reviewers={externalReviewers} />
            <div className="border-t border-ink-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold text-ink-900">{t("inviteTitle")}</h3>
              <InviteExternalReviewerForm organisation={organisation.slug} />
            </div>
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
