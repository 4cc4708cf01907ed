import { getTranslations } from "next-intl/server";
import { pageHref } from "@/lib/pagination/cursor";
import { ButtonLink } from "./button";

/**
 * "First page" and "Next page" links under a cursor-paginated list, keeping the page's filters.
 * Hidden when everything fits on one page.
 */
export async function CursorPager({
  basePath,
  searchParams,
  nextCursor,
  label,
}: {
  basePath: string;
  searchParams: Record<string, string | string[] | undefined>;
  nextCursor: string | null;
  /** The navigation landmark's name, e.g. "Cohort pages". */
  label?: string;
}) {
  const t = await getTranslations("common");
  const isFirstPage = !searchParams.cursor;
  if (isFirstPage && !nextCursor) return null;
  return (
    <nav
      aria-label={label ?? t("pagination")}
      className="flex items-center justify-between gap-3 border-t border-ink-100 px-4 py-3 sm:px-5"
    >
      {isFirstPage ? (
        <span />
      ) : (
        <ButtonLink href={pageHref(basePath, searchParams, null)} variant="ghost" size="sm">
          {t("firstPage")}
        </ButtonLink>
      )}
      {nextCursor ? (
        <ButtonLink
          href={pageHref(basePath, searchParams, nextCursor)}
          variant="secondary"
          size="sm"
        >
          {t("nextPage")}
        </ButtonLink>
      ) : (
        <span className="text-sm text-ink-500">{t("endOfList")}</span>
      )}
    </nav>
  );
}
