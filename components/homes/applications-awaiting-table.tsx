import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localName } from "@/components/homes/officer-local-name";
import { Badge } from "@/components/ui/badge";
import { statusStyles } from "@/components/ui/status-badge";
import { getFormat } from "@/i18n/format";
import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";

type AwaitingApplication = ProgrammeOfficerHomeData["awaitingScreening"]["items"][number];

/** Submitted and screening applications, oldest first, as stacked rows (no sideways scroll). */
export async function ApplicationsAwaitingTable({
  applications,
  count,
  organisationSlug,
}: {
  applications: AwaitingApplication[];
  count: number;
  organisationSlug: string;
}) {
  const t = await getTranslations("officerHome");
  const f = await getFormat();
  return (
    <div>
      <ul className="divide-y divide-ink-100">
        {applications.map((application) => (
          <li key={application.id} className="px-4 py-2.5 sm:px-5">
            <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
              <Link
                href={`/${organisationSlug}/calls/${application.callId}/applications/${application.id}`}
                className="min-w-0 font-medium text-ink-900 hover:text-brand-700 hover:underline"
              >
                {localName(f.locale, application.startup.name, application.startup.nameZh)}
              </Link>
              <Badge tone={statusStyles.application[application.status].tone}>
                {t(`labels.applicationStatus.${application.status as "SUBMITTED" | "SCREENING"}`)}
              </Badge>
            </div>
            <p className="text-xs text-ink-600">{application.projectTitle}</p>
            <p className="text-xs text-ink-500">
              <span className="font-mono">{application.reference}</span> ·{" "}
              {localName(f.locale, application.call.title, application.call.titleZh)}
              {application.submittedAt
                ? ` · ${t("screening.submitted", { date: f.date(application.submittedAt) })}`
                : null}
            </p>
          </li>
        ))}
      </ul>
      {count > applications.length ? (
        <p className="border-t border-ink-100 px-4 py-2.5 text-xs text-ink-500 sm:px-5">
          {t("screening.showing", { shown: applications.length, count: f.number(count) })}
        </p>
      ) : null}
    </div>
  );
}
