import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { AcceptedUnenrolled } from "@/lib/data/cohort/list-accepted-unenrolled";
import { getFormat } from "@/i18n/format";
import { localName } from "./local-name";

/** Accepted start-ups waiting to be enrolled, each with its "Enrol" button. */
export async function AcceptedUnenrolledList({
  organisation,
  applications,
}: {
  organisation: string;
  applications: AcceptedUnenrolled[];
}) {
  const [t, f, locale] = await Promise.all([getTranslations("cohort"), getFormat(), getLocale()]);
  return (
    <ul className="divide-y divide-ink-100">
      {applications.map((application) => (
        <li
          key={application.id}
          className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-5"
        >
          <div className="min-w-0">
            <p className="font-medium text-ink-900">
              {application.startup.name}
              {application.startup.nameZh ? (
                <span className="ml-1.5 text-sm font-normal text-ink-500" lang="zh-HK">
                  {application.startup.nameZh}
                </span>
              ) : null}
            </p>
            <p className="text-xs text-ink-500">
              {application.reference} · {localName(locale, application.call.programme)}
              {application.decision
                ? ` · ${t("waiting.acceptedOn", { date: f.date(application.decision.decidedAt) })}`
                : ""}
            </p>
          </div>
          <ButtonLink href={`/${organisation}/cohort/enrol/${application.id}`} size="sm">
            {t("waiting.enrol")}
          </ButtonLink>
        </li>
      ))}
    </ul>
  );
}
