import { getTranslations } from "next-intl/server";
import { inputClassName } from "@/components/members/input-class-name";
import { Button, ButtonLink } from "@/components/ui/button";
import {
  LISTED_APPLICATION_STATUSES,
  type ListedApplicationStatus,
} from "@/lib/data/reviews/call-application-filters";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * The officer's filters of a call's applications: status (with how many in each) and a search
 * by start-up name or reference. A GET form, so it works without JavaScript and the pager and
 * the CSV link keep it.
 */
export async function CallApplicationsFilters({
  action,
  status,
  search,
  byStatus,
}: {
  action: string;
  status?: ListedApplicationStatus;
  search?: string;
  byStatus: Partial<Record<ApplicationStatus, number>>;
}) {
  const t = await getTranslations("calls.filters");
  const statusLabel = await getTranslations("applicationsClient.status");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("label")}
      className="grid gap-3 border-b border-ink-100 px-4 py-3 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-end sm:px-5"
    >
      <div>
        <label htmlFor="applications-status" className="block text-sm font-medium text-ink-800">
          {t("status")}
        </label>
        <select
          id="applications-status"
          name="status"
          defaultValue={status ?? ""}
          className={`mt-1 ${inputClassName}`}
        >
          <option value="">{t("allStatuses")}</option>
          {LISTED_APPLICATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)} ({byStatus[value] ?? 0})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="applications-search" className="block text-sm font-medium text-ink-800">
          {t("search")}
        </label>
        <input
          id="applications-search"
          name="q"
          type="search"
          defaultValue={search ?? ""}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          className={`mt-1 ${inputClassName}`}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        {status || search ? (
          <ButtonLink href={action} variant="ghost">
            {t("clear")}
          </ButtonLink>
        ) : null}
      </div>
    </form>
  );
}
