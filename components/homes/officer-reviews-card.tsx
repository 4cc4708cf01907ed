import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localName } from "@/components/homes/officer-local-name";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormat } from "@/i18n/format";
import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";

const DAY_MS = 86_400_000;

/** Outstanding and overdue reviews, and the most overdue ones linking to their application. */
export async function OfficerReviewsCard({
  reviews,
  organisationSlug,
  now,
}: {
  reviews: ProgrammeOfficerHomeData["reviews"];
  organisationSlug: string;
  now: Date;
}) {
  const t = await getTranslations("officerHome");
  const f = await getFormat();
  const figures = [
    { label: t("reviews.outstanding"), value: reviews.outstanding, className: "text-ink-900" },
    {
      label: t("reviews.overdue"),
      value: reviews.overdue,
      className: reviews.overdue > 0 ? "text-red-700" : "text-ink-900",
    },
  ];
  return (
    <Card>
      <CardHeader title={t("reviews.title")} description={t("reviews.description")} />
      <CardBody className="space-y-4">
        <dl className="grid grid-cols-2 divide-x divide-ink-100 rounded-md border border-ink-200">
          {figures.map((figure) => (
            <div key={figure.label} className="px-3 py-2 text-center">
              <dt className="text-xs text-ink-500">{figure.label}</dt>
              <dd className={`text-xl font-semibold tabular-nums ${figure.className}`}>
                {f.number(figure.value)}
              </dd>
            </div>
          ))}
        </dl>
        {reviews.mostOverdue.length === 0 ? (
          <EmptyState title={t("reviews.empty")}>{t("reviews.emptyHint")}</EmptyState>
        ) : (
          <div>
            <h3 className="mb-2 text-sm font-medium text-ink-800">{t("reviews.listTitle")}</h3>
            <ul className="divide-y divide-ink-100 rounded-md border border-ink-200">
              {reviews.mostOverdue.map((assignment) => {
                const { application } = assignment;
                const daysLate = assignment.dueAt
                  ? Math.max(0, Math.floor((now.getTime() - assignment.dueAt.getTime()) / DAY_MS))
                  : 0;
                return (
                  <li key={assignment.id} className="px-3 py-2">
                    <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                      <Link
                        href={`/${organisationSlug}/calls/${application.callId}/applications/${application.id}`}
                        className="min-w-0 font-medium text-ink-900 hover:text-brand-700 hover:underline"
                      >
                        {localName(f.locale, application.startup.name, application.startup.nameZh)}
                      </Link>
                      <span className="text-xs font-medium whitespace-nowrap text-red-700">
                        {t("reviews.daysLate", { days: daysLate })}
                      </span>
                    </div>
                    <p className="text-xs text-ink-600">{application.projectTitle}</p>
                    <p className="text-xs text-ink-500">
                      <span className="font-mono">{application.reference}</span> ·{" "}
                      {t("reviews.reviewer", { name: assignment.reviewer.name })}
                      {assignment.dueAt
                        ? ` · ${t("reviews.due", { date: f.date(assignment.dueAt) })}`
                        : null}
                    </p>
                  </li>
                );
              })}
            </ul>
            {reviews.overdue > reviews.mostOverdue.length ? (
              <p className="mt-2 text-xs text-ink-500">
                {t("reviews.showing", {
                  shown: reviews.mostOverdue.length,
                  count: f.number(reviews.overdue),
                })}
              </p>
            ) : null}
          </div>
        )}
      </CardBody>
    </Card>
  );
}
