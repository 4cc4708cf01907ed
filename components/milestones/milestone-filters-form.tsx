import { getTranslations } from "next-intl/server";
import { inputClassName } from "@/components/members/input-class-name";
import { Button, ButtonLink } from "@/components/ui/button";
import type { MilestoneFilters } from "@/lib/data/milestones/milestone-filters";
import { EnrolmentStatus, MilestoneCategory, MilestoneStatus } from "@/lib/generated/prisma/enums";
import { localName } from "./local-name";

/**
 * The overview's filters as a GET form (works without JavaScript); the pager keeps them and the
 * CSV link carries the same ones.
 */
export async function MilestoneFiltersForm({
  basePath,
  filters,
  programmes,
  locale,
}: {
  basePath: string;
  filters: MilestoneFilters;
  programmes: { id: string; name: string; nameZh: string | null }[];
  locale: string;
}) {
  const t = await getTranslations("milestones");
  const labelClassName = "block text-xs font-medium text-ink-700";
  return (
    <form
      method="get"
      action={basePath}
      aria-label={t("filters.label")}
      className="grid gap-3 border-b border-ink-100 px-4 py-3 sm:grid-cols-2 sm:px-5 lg:grid-cols-6"
    >
      <div className="sm:col-span-2 lg:col-span-2">
        <label htmlFor="milestones-q" className={labelClassName}>
          {t("filters.search")}
        </label>
        <input
          id="milestones-q"
          name="q"
          type="search"
          defaultValue={filters.search ?? ""}
          placeholder={t("filters.searchPlaceholder")}
          className={`mt-1 ${inputClassName}`}
        />
      </div>
      <div>
        <label htmlFor="milestones-programme" className={labelClassName}>
          {t("filters.programme")}
        </label>
        <select
          id="milestones-programme"
          name="programme"
          defaultValue={filters.programmeId ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("filters.allProgrammes")}</option>
          {programmes.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {localName(locale, programme.name, programme.nameZh)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="milestones-enrolment" className={labelClassName}>
          {t("filters.enrolment")}
        </label>
        <select
          id="milestones-enrolment"
          name="enrolment"
          defaultValue={filters.enrolmentStatus ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("filters.anyEnrolment")}</option>
          {Object.values(EnrolmentStatus).map((status) => (
            <option key={status} value={status}>
              {t(`enrolmentStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="milestones-status" className={labelClassName}>
          {t("filters.status")}
        </label>
        <select
          id="milestones-status"
          name="status"
          defaultValue={filters.status ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("filters.anyStatus")}</option>
          {Object.values(MilestoneStatus).map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="milestones-category" className={labelClassName}>
          {t("filters.category")}
        </label>
        <select
          id="milestones-category"
          name="category"
          defaultValue={filters.category ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("filters.anyCategory")}</option>
          {Object.values(MilestoneCategory).map((category) => (
            <option key={category} value={category}>
              {t(`category.${category}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-6">
        <label className="flex items-center gap-2 text-sm text-ink-700">
          <input
            type="checkbox"
            name="overdue"
            value="1"
            defaultChecked={filters.isOverdueOnly}
            className="h-4 w-4"
          />
          {t("filters.overdueOnly")}
        </label>
        <div className="ml-auto flex gap-2">
          <ButtonLink href={basePath} variant="ghost" size="sm">
            {t("filters.clear")}
          </ButtonLink>
          <Button type="submit" size="sm">
            {t("filters.apply")}
          </Button>
        </div>
      </div>
    </form>
  );
}
