import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { AuditFilters } from "@/lib/data/audit/audit-filters";

function hrefWith(basePath: string, filters: AuditFilters, cursor?: string): string {
  const query = new URLSearchParams();
  if (filters.actionPrefix) query.set("action", filters.actionPrefix);
  if (filters.actorId) query.set("actor", filters.actorId);
  if (filters.fromDay) query.set("from", filters.fromDay);
  if (filters.toDay) query.set("to", filters.toDay);
  if (cursor) query.set("cursor", cursor);
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/** "Newest" and "Older" links that keep the filters; a cursor only moves backwards in time. */
export async function AuditPagination({
  basePath,
  filters,
  nextCursor,
}: {
  basePath: string;
  filters: AuditFilters;
  nextCursor: string | null;
}) {
  if (!filters.cursor && !nextCursor) return null;
  const t = await getTranslations("audit");
  return (
    <nav
      aria-label={t("pagerLabel")}
      className="flex items-center justify-between gap-3 border-t border-ink-100 px-4 py-3 sm:px-5"
    >
      {filters.cursor ? (
        <ButtonLink href={hrefWith(basePath, filters)} variant="ghost" size="sm">
          {t("newest")}
        </ButtonLink>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <ButtonLink href={hrefWith(basePath, filters, nextCursor)} variant="secondary" size="sm">
          {t("older")}
        </ButtonLink>
      ) : (
        <span className="text-sm text-ink-500">{t("end")}</span>
      )}
    </nav>
  );
}
