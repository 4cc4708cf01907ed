import { getLocale, getTranslations } from "next-intl/server";
import { buttonClassName } from "@/components/ui/button";
import { inputClassName } from "@/components/members/input-class-name";
import type { CohortFilters } from "@/lib/data/cohort/cohort-filters";
import { localName } from "./local-name";

/**
 * The cohort's filters as a plain GET form (works without JavaScript); the status tab is kept
 * in a hidden field. A specific mentor comes from the mentor pool's link and is shown as an
 * option, so the page never loads the whole pool for a dropdown.
 */
export async function CohortFiltersForm({
  action,
  filters,
  programmes,
  mentor,
}: {
  action: string;
  filters: CohortFilters;
  programmes: { id: string; name: string; nameZh: string | null }[];
  mentor: { id: string; name: string; nameZh: string | null } | null;
}) {
  const [t, common, locale] = await Promise.all([
    getTranslations("cohort"),
    getTranslations("common"),
    getLocale(),
  ]);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filters.label")}
      className="grid gap-3 border-b border-ink-100 px-4 py-3 sm:grid-cols-2 sm:px-5 lg:grid-cols-[1fr_1fr_1fr_auto]"
    >
      {filters.status !== "ACTIVE" ? (
        <input type="hidden" name="status" value={filters.status} />
      ) : null}
      <div>
        <label htmlFor="cohort-search" className="block text-xs font-medium text-ink-600">
          {t("filters.search")}
        </label>
        <input
          id="cohort-search"
          name="q"
          type="search"
          defaultValue={filters.search ?? ""}
          placeholder={t("filters.searchPlaceholder")}
          className={`mt-1 ${inputClassName}`}
        />
      </div>
      <div>
        <label htmlFor="cohort-programme" className="block text-xs font-medium text-ink-600">
          {t("filters.programme")}
        </label>
        <select
          id="cohort-programme"
          name="programme"
          defaultValue={filters.programmeId ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("filters.allProgrammes")}</option>
          {programmes.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {localName(locale, programme)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="cohort-mentor" className="block text-xs font-medium text-ink-600">
          {t("filters.mentor")}
        </label>
        <select
          id="cohort-mentor"
          name="mentor"
          defaultValue={filters.mentor ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("filters.anyMentor")}</option>
          <option value="none">{t("filters.noMentor")}</option>
          {mentor ? <option value={mentor.id}>{localName(locale, mentor)}</option> : null}
        </select>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonClassName({ variant: "secondary" })}>
          {common("applyFilters")}
        </button>
        <a
          href={filters.status === "ACTIVE" ? action : `${action}?status=${filters.status}`}
          className={buttonClassName({ variant: "ghost" })}
        >
          {common("clearFilters")}
        </a>
      </div>
    </form>
  );
}
