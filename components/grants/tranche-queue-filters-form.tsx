import { getLocale, getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import type { FundingProgrammeOption } from "@/lib/data/grants/list-funding-programmes";
import {
  TRANCHE_VIEWS,
  type TrancheQueueFilters,
  type TrancheView,
} from "@/lib/data/grants/tranche-queue-filters";
import { filterFieldClassName } from "./filter-field-class-name";
import { localName } from "./local-name";

/**
 * The queue's filters as a plain GET form (status or "waiting for me", programme): they live in
 * the URL, work without JavaScript and are kept by the pager and the CSV link.
 */
export async function TrancheQueueFiltersForm({
  basePath,
  filters,
  programmes,
  canWait,
}: {
  basePath: string;
  filters: TrancheQueueFilters;
  programmes: FundingProgrammeOption[];
  /** Whether the viewer's role signs or pays tranches ("waiting for me" is offered). */
  canWait: boolean;
}) {
  const t = await getTranslations("disbursements");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const views: TrancheView[] = TRANCHE_VIEWS.filter((view) => canWait || view !== "waiting");
  return (
    <form
      method="get"
      action={basePath}
      aria-label={t("filters.label")}
      className="grid gap-3 px-4 py-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end sm:px-5"
    >
      <div>
        <label htmlFor="tranche-status" className="block text-sm font-medium text-ink-800">
          {t("filters.status")}
        </label>
        <select
          id="tranche-status"
          name="status"
          defaultValue={filters.view}
          className={filterFieldClassName}
        >
          {views.map((view) => (
            <option key={view} value={view}>
              {t(`view.${view}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="tranche-programme" className="block text-sm font-medium text-ink-800">
          {t("filters.programme")}
        </label>
        <select
          id="tranche-programme"
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
