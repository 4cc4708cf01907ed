import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammesFilters } from "@/components/programmes/programmes-filters";
import { ProgrammesList } from "@/components/programmes/programmes-list";
import { ButtonLink, buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listProgrammesPage, readProgrammeFilters } from "@/lib/data/programmes/list-programmes";
import { readCursorParam } from "@/lib/pagination/cursor";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.list");
  return { title: t("metaTitle") };
}

/** The operator's programmes (50 a page, filtered) and their calls: where an officer sets up the next intake. */
export default async function ProgrammesPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "programme.manage");
  const filters = readProgrammeFilters(query);
  const [page, t] = await Promise.all([
    listProgrammesPage(organisation.id, filters, { cursor: readCursorParam(query) }),
    getTranslations("programmes.list"),
  ]);
  const isFiltered = Boolean(filters.status || filters.kind || filters.search);
  const basePath = `/${organisation.slug}/programmes`;
  const exportQuery = new URLSearchParams();
  if (filters.status) exportQuery.set("status", filters.status);
  if (filters.kind) exportQuery.set("kind", filters.kind);
  if (filters.search) exportQuery.set("q", filters.search);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t("title")} description={t("description")} />
        <div className="flex flex-wrap gap-2">
          <a
            href={`/api/${organisation.slug}/programmes/export${exportQuery.size > 0 ? `?${exportQuery}` : ""}`}
            className={buttonClassName({ variant: "secondary" })}
            download
          >
            {t("export")}
          </a>
          <ButtonLink href={`/${organisation.slug}/programmes/new`}>{t("new")}</ButtonLink>
        </div>
      </div>
      {page.items.length > 0 || isFiltered || query.cursor ? (
        <ProgrammesFilters action={basePath} filters={filters} />
      ) : null}
      {page.items.length === 0 ? (
        isFiltered ? (
          <EmptyState
            title={t("noMatchTitle")}
            action={
              <ButtonLink href={basePath} variant="secondary" size="sm">
                {t("clearFilters")}
              </ButtonLink>
            }
          >
            {t("noMatchBody")}
          </EmptyState>
        ) : (
          <EmptyState
            title={t("emptyTitle")}
            action={
              <ButtonLink href={`/${organisation.slug}/programmes/new`}>
                {t("createFirst")}
              </ButtonLink>
            }
          >
            {t("emptyBody")}
          </EmptyState>
        )
      ) : (
        <>
          <ProgrammesList organisation={organisation.slug} programmes={page.items} />
          {page.nextCursor || query.cursor ? (
            <Card>
              <CursorPager
                basePath={basePath}
                searchParams={query}
                nextCursor={page.nextCursor}
                label={t("pagerLabel")}
              />
            </Card>
          ) : null}
        </>
      )}
    </div>
  );
}
