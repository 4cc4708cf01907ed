import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MentorPoolList } from "@/components/mentors/mentor-pool-list";
import { inputClassName } from "@/components/members/input-class-name";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listMentorPool } from "@/lib/data/mentors/list-mentor-pool";
import {
  mentorPoolFilterQuery,
  parseMentorPoolFilters,
} from "@/lib/data/mentors/mentor-pool-filters";
import { coachingTopicLabels } from "@/lib/domain/coaching-labels";
import { readCursorParam } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mentors");
  return { title: t("pool.title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The operator's mentors for officers: what each offers and how much room they have. */
export default async function MentorPoolPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "mentor.assign");
  const query = await searchParams;
  const filters = parseMentorPoolFilters(query);
  const [t, labels, common, f, pool] = await readAsTenant(() =>
    Promise.all([
      getTranslations("mentors"),
      getTranslations("coachingClient"),
      getTranslations("common"),
      getFormat(),
      listMentorPool(organisation.id, filters, { cursor: readCursorParam(query) }),
    ]),
  );
  const base = `/${organisation.slug}/cohort/mentors`;
  const filterQuery = mentorPoolFilterQuery(filters);
  const isFiltered = Boolean(filters.search || filters.expertise);

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/cohort`}
          className="text-sm text-brand-700 hover:underline"
        >
          {t("pool.back")}
        </Link>
        <div className="mt-2">
          <PageHeader title={t("pool.title")} description={t("pool.description")} />
        </div>
      </div>
      <Card>
        <CardHeader
          title={t("pool.count", { count: pool.poolSize })}
          description={t("pool.freePlaces", { count: pool.freePlaces })}
          action={
            <a
              href={`/api/${organisation.slug}/mentors/export${filterQuery ? `?${filterQuery}` : ""}`}
              className={buttonClassName({ variant: "secondary", size: "sm" })}
              download
            >
              {common("exportCsv")}
            </a>
          }
        />
        <form
          method="get"
          action={base}
          role="search"
          aria-label={t("filters.label")}
          className="grid gap-3 border-b border-ink-100 px-4 py-3 sm:grid-cols-[1fr_1fr_auto] sm:px-5"
        >
          <div>
            <label htmlFor="pool-search" className="block text-xs font-medium text-ink-600">
              {t("filters.search")}
            </label>
            <input
              id="pool-search"
              name="q"
              type="search"
              defaultValue={filters.search ?? ""}
              className={`mt-1 ${inputClassName}`}
            />
          </div>
          <div>
            <label htmlFor="pool-expertise" className="block text-xs font-medium text-ink-600">
              {t("filters.expertise")}
            </label>
            <select
              id="pool-expertise"
              name="expertise"
              defaultValue={filters.expertise ?? ""}
              className={`mt-1 ${inputClassName}`}
            >
              <option value="">{t("filters.anyExpertise")}</option>
              {Object.keys(coachingTopicLabels).map((topic) => (
                <option key={topic} value={topic}>
                  {labels(`topic.${topic}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClassName({ variant: "secondary" })}>
              {common("applyFilters")}
            </button>
            <a href={base} className={buttonClassName({ variant: "ghost" })}>
              {common("clearFilters")}
            </a>
          </div>
        </form>
        {isFiltered ? (
          <p className="border-b border-ink-100 px-4 py-2 text-sm text-ink-600 sm:px-5">
            {t("filters.matching", { count: pool.total, shown: f.number(pool.total) })}
          </p>
        ) : null}
        {pool.items.length === 0 ? (
          <CardBody>
            {isFiltered ? (
              <EmptyState title={t("empty.filteredTitle")}>{t("empty.filteredBody")}</EmptyState>
            ) : (
              <EmptyState title={t("empty.title")}>{t("empty.body")}</EmptyState>
            )}
          </CardBody>
        ) : (
          <MentorPoolList organisation={organisation.slug} mentors={pool.items} />
        )}
        <CursorPager
          basePath={base}
          searchParams={query}
          nextCursor={pool.nextCursor}
          label={t("pool.pages")}
        />
      </Card>
    </div>
  );
}
