import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import type { AuditFilterOptions } from "@/lib/data/audit/get-audit-filter-options";
import type { AuditFilters } from "@/lib/data/audit/audit-filters";

const fieldClassName =
  "mt-1 block h-9 w-full rounded-md border border-ink-300 bg-white px-2.5 text-sm text-ink-900 shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked or shared. */
export async function AuditFiltersForm({
  basePath,
  filters,
  options,
}: {
  basePath: string;
  filters: AuditFilters;
  options: AuditFilterOptions;
}) {
  const t = await getTranslations("audit");
  const common = await getTranslations("common");
  const isFiltered = Boolean(
    filters.actionPrefix || filters.actorId || filters.fromDay || filters.toDay,
  );
  return (
    <form
      method="get"
      action={basePath}
      aria-label={t("filters.label")}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1fr_1fr_auto] lg:items-end"
    >
      <div>
        <label htmlFor="audit-action" className="block text-sm font-medium text-ink-800">
          {t("filters.action")}
        </label>
        <input
          id="audit-action"
          name="action"
          list="audit-action-suggestions"
          defaultValue={filters.actionPrefix ?? ""}
          placeholder={t("filters.actionPlaceholder")}
          autoComplete="off"
          className={fieldClassName}
        />
        <datalist id="audit-action-suggestions">
          {options.actionSuggestions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </div>
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-medium text-ink-800">
          {t("filters.actor")}
        </label>
        <select
          id="audit-actor"
          name="actor"
          defaultValue={filters.actorId ?? ""}
          className={fieldClassName}
        >
          <option value="">{t("filters.anyone")}</option>
          {options.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium text-ink-800">
          {t("filters.from")}
        </label>
        <input
          id="audit-from"
          name="from"
          type="date"
          defaultValue={filters.fromDay ?? ""}
          className={fieldClassName}
        />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium text-ink-800">
          {t("filters.to")}
        </label>
        <input
          id="audit-to"
          name="to"
          type="date"
          defaultValue={filters.toDay ?? ""}
          className={fieldClassName}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" className="h-9">
          {common("applyFilters")}
        </Button>
        {isFiltered ? (
          <ButtonLink href={basePath} variant="ghost" size="sm" className="h-9">
            {common("clearFilters")}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
