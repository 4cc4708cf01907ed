import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApplicationsList } from "@/components/applications/applications-list";
import { inputClassName } from "@/components/members/input-class-name";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import {
  countStartupApplications,
  listStartupApplicationsPage,
} from "@/lib/data/applications/list-startup-applications";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { firstParam, readCursorParam } from "@/lib/pagination/cursor";

type SearchParams = Record<string, string | string[] | undefined>;

const STATUSES: ApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "SCREENING",
  "IN_REVIEW",
  "SHORTLISTED",
  "ACCEPTED",
  "REJECTED",
  "WITHDRAWN",
];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.list");
  return { title: t("metaTitle") };
}

/** The start-up's own applications to every operator, 50 a page, by status. */
export default async function ApplicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.edit_draft");
  const requested = firstParam(query, "status");
  const status = STATUSES.find((value) => value === requested);
  const [page, counts, t, statusLabel] = await Promise.all([
    listStartupApplicationsPage(organisation.id, { status, cursor: readCursorParam(query) }),
    countStartupApplications(organisation.id),
    getTranslations("applications.list"),
    getTranslations("applicationsClient.status"),
  ]);
  const total = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0);
  const basePath = `/${organisation.slug}/applications`;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description", { name: organisation.name })} />
      {total === 0 ? (
        <EmptyState
          title={t("emptyTitle")}
          action={
            <Link href="/" className="text-sm font-medium text-brand-700 hover:underline">
              {t("seeOpenCalls")}
            </Link>
          }
        >
          {t("emptyBody")}
        </EmptyState>
      ) : (
        <Card>
          <form
            method="get"
            action={basePath}
            className="flex flex-wrap items-end gap-3 border-b border-ink-100 px-4 py-3 sm:px-5"
          >
            <div className="min-w-48">
              <label
                htmlFor="applications-status"
                className="block text-sm font-medium text-ink-800"
              >
                {t("status")}
              </label>
              <select
                id="applications-status"
                name="status"
                defaultValue={status ?? ""}
                className={`mt-1 ${inputClassName}`}
              >
                <option value="">
                  {t("allStatuses")} ({total})
                </option>
                {STATUSES.filter((value) => (counts[value] ?? 0) > 0).map((value) => (
                  <option key={value} value={value}>
                    {statusLabel(value)} ({counts[value]})
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary">
              {t("apply")}
            </Button>
            {status ? (
              <ButtonLink href={basePath} variant="ghost">
                {t("clear")}
              </ButtonLink>
            ) : null}
          </form>
          {page.items.length === 0 ? (
            <div className="p-4 sm:p-5">
              <EmptyState title={t("noMatchTitle")} />
            </div>
          ) : (
            <ApplicationsList organisation={organisation.slug} applications={page.items} />
          )}
          <CursorPager
            basePath={basePath}
            searchParams={query}
            nextCursor={page.nextCursor}
            label={t("pagerLabel")}
          />
        </Card>
      )}
    </div>
  );
}
