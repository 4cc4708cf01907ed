import { getTranslations } from "next-intl/server";
import { inputClassName } from "@/components/members/input-class-name";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ProgrammeFilters } from "@/lib/data/programmes/list-programmes";

/** Status, kind and name filters of the programmes list: a GET form the pager and CSV link keep. */
export async function ProgrammesFilters({
  action,
  filters,
}: {
  action: string;
  filters: ProgrammeFilters;
}) {
  const t = await getTranslations("programmes.filters");
  const labels = await getTranslations("programmesClient");
  const isFiltered = Boolean(filters.status || filters.kind || filters.search);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("label")}
      className="grid gap-3 rounded-lg border border-ink-200 bg-white px-4 py-3 shadow-xs sm:grid-cols-[10rem_11rem_minmax(0,1fr)_auto] sm:items-end"
    >
      <div>
        <label htmlFor="programmes-status" className="block text-sm font-medium text-ink-800">
          {t("status")}
        </label>
        <select
          id="programmes-status"
          name="status"
          defaultValue={filters.status ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("all")}</option>
          {(["ACTIVE", "DRAFT", "ARCHIVED"] as const).map((status) => (
            <option key={status} value={status}>
              {labels(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="programmes-kind" className="block text-sm font-medium text-ink-800">
          {t("kind")}
        </label>
        <select
          id="programmes-kind"
          name="kind"
          defaultValue={filters.kind ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("all")}</option>
          {(["INCUBATION", "CO_INCUBATION", "ACCELERATOR"] as const).map((kind) => (
            <option key={kind} value={kind}>
              {labels(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="programmes-search" className="block text-sm font-medium text-ink-800">
          {t("search")}
        </label>
        <input
          id="programmes-search"
          name="q"
          type="search"
          maxLength={100}
          defaultValue={filters.search ?? ""}
          className={`mt-1 ${inputClassName}`}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        {isFiltered ? (
          <ButtonLink href={action} variant="ghost">
            {t("clear")}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
