import { getTranslations } from "next-intl/server";
import { filterFieldClassName } from "@/components/grants/filter-field-class-name";
import { Button, ButtonLink } from "@/components/ui/button";
import type { MemberListFilters } from "@/lib/data/members/member-list-filters";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

/** The members list's filters as a plain GET form (role, status, name or email), kept by the pager. */
export async function MemberFiltersForm({
  basePath,
  filters,
  roles,
}: {
  basePath: string;
  filters: MemberListFilters;
  roles: readonly MembershipRole[];
}) {
  const t = await getTranslations("members");
  const roleLabel = await getTranslations("roles");
  const common = await getTranslations("common");
  return (
    <form
      method="get"
      action={basePath}
      aria-label={t("filters.label")}
      className="grid gap-3 px-4 py-3 sm:grid-cols-2 sm:px-5 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end"
    >
      <div>
        <label htmlFor="member-search" className="block text-sm font-medium text-ink-800">
          {t("filters.search")}
        </label>
        <input
          id="member-search"
          name="q"
          type="search"
          defaultValue={filters.search ?? ""}
          placeholder={t("filters.searchPlaceholder")}
          autoComplete="off"
          className={filterFieldClassName}
        />
      </div>
      <div>
        <label htmlFor="member-role" className="block text-sm font-medium text-ink-800">
          {t("filters.role")}
        </label>
        <select
          id="member-role"
          name="role"
          defaultValue={filters.role ?? ""}
          className={filterFieldClassName}
        >
          <option value="">{t("filters.allRoles")}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="member-status" className="block text-sm font-medium text-ink-800">
          {t("filters.status")}
        </label>
        <select
          id="member-status"
          name="status"
          defaultValue={filters.status ?? ""}
          className={filterFieldClassName}
        >
          <option value="">{t("filters.allStatuses")}</option>
          <option value="ACTIVE">{t("status.ACTIVE")}</option>
          <option value="DEACTIVATED">{t("status.DEACTIVATED")}</option>
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
