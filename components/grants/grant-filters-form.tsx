import { getLocale, getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import type { GrantListFilters } from "@/lib/data/grants/grant-list-filters";
import type { FundingProgrammeOption } from "@/lib/data/grants/list-funding-programmes";
import { filterFieldClassName } from "./filter-field-class-name";
import { localName } from "./local-name";

/**
 * The grants list's filters as a plain GET form (programme, start-up name): kept in the URL,
 * by the pager and by the CSV link. Without `programmes` only the name search is offered.
 */
export async function GrantFiltersForm({
  basePath,
  filters,
  programmes,
}: {
  basePath: string;
  filters: GrantListFilters;
  programmes?: FundingProgrammeOption[];
}) {
  const t = await getTranslations("grants");
  const common = await getTranslations("common");
  const locale = await getLocale();
  return (
    <form
      method="get"
      action={basePath}
      aria-label={t("filters.label")}
      className={`grid gap-3 px-4 py-3 sm:items-end sm:px-5 ${programmes ? "sm:grid-cols-[1fr_1fr_auto]" : "sm:grid-cols-[1fr_auto]"}`}
    >
      {programmes ? (
        <div>
          <label htmlFor="grant-programme" className="block text-sm font-medium text-ink-800">
            {t("filters.programme")}
          </label>
          <select
            id="grant-programme"
            name="programme"
            defaultValue={filters.programmeId ?? ""}
            className={filterFieldClassName}
          >
            <option value="">{t("filters.allProgrammes")}</option>
            {programmes.map((programme) => (
              <option key={programme.id} value={programme.id}>
                {localName(locale, programme.name, programme.nameZh)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="grant-search" className="block text-sm font-medium text-ink-800">
          {t("filters.search")}
        </label>
        <input
          id="grant-search"
          name="q"
          type="search"
          defaultValue={filters.search ?? ""}
          placeholder={t("filters.searchPlaceholder")}
          autoComplete="off"
          className={filterFieldClassName}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm">
          {common("applyFilters")}
        </Button>
        <ButtonLink href={basePath} variant="ghost" size="sm">
          {common("clearFilters")}
        </ButtonLink>
      </div>
    </form>
  );
}
