import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localName } from "@/components/homes/officer-local-name";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormat } from "@/i18n/format";
import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";

const DAY_MS = 86_400_000;

/** Coaching totals and the ten start-ups longest without a held session, linking to each. */
export async function OfficerCoachingCard({
  coaching,
  organisationSlug,
  now,
}: {
  coaching: ProgrammeOfficerHomeData["coaching"];
  organisationSlug: string;
  now: Date;
}) {
  const t = await getTranslations("officerHome");
  const f = await getFormat();
  const { totals, neediest } = coaching;
  const figures = [
    {
      label: t("coaching.activeStartups"),
      value: totals.activeStartups,
      className: "text-ink-900",
    },
    {
      label: t("coaching.sessionsThisQuarter"),
      value: totals.sessionsThisQuarter,
      className: "text-brand-700",
      hint: t("coaching.sessionsThisQuarterHint", { date: f.date(totals.quarterStart) }),
    },
    {
      label: t("coaching.quiet", { days: totals.quietAfterDays }),
      value: totals.quietStartups,
      className: totals.quietStartups > 0 ? "text-amber-700" : "text-ink-900",
    },
  ];
  return (
    <Card>
      <CardHeader
        title={t("coaching.title")}
        description={t("coaching.description")}
        action={
          <Link href={`/${organisationSlug}/cohort`} className="text-brand-700 hover:underline">
            {t("coaching.viewCohort")}
          </Link>
        }
      />
      <CardBody className="space-y-4">
        <dl className="grid grid-cols-1 gap-px overflow-hidden rounded-md border border-ink-200 bg-ink-100 sm:grid-cols-3">
          {figures.map((figure) => (
            <div key={figure.label} className="bg-white px-3 py-2 text-center">
              <dt className="text-xs text-ink-500">{figure.label}</dt>
              <dd className={`text-xl font-semibold tabular-nums ${figure.className}`}>
                {f.number(figure.value)}
              </dd>
              {figure.hint ? <dd className="text-xs text-ink-500">{figure.hint}</dd> : null}
            </div>
          ))}
        </dl>
        {neediest.length === 0 ? (
          <EmptyState title={t("coaching.empty")}>{t("coaching.emptyHint")}</EmptyState>
        ) : (
          <div>
            <h3 className="mb-2 text-sm font-medium text-ink-800">{t("coaching.listTitle")}</h3>
            <ul className="divide-y divide-ink-100 rounded-md border border-ink-200">
              {neediest.map((row) => (
                <li
                  key={row.enrolmentId}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-3 py-2"
                >
                  <div className="min-w-0">
                    <Link
                      href={`/${organisationSlug}/cohort/${row.enrolmentId}`}
                      className="text-sm font-medium text-ink-900 hover:text-brand-700 hover:underline"
                    >
                      {localName(f.locale, row.startupName, row.startupNameZh)}
                    </Link>
                    <p className="text-xs text-ink-500">
                      {localName(f.locale, row.programmeName, row.programmeNameZh)} ·{" "}
                      {t("coaching.sessions", { count: row.sessionsThisQuarter })}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-center gap-2 text-xs">
                    <span className="text-ink-600">
                      {row.lastSessionAt ? (
                        <>
                          {t("coaching.lastSession")}: {f.date(row.lastSessionAt)} (
                          {t("coaching.daysAgo", {
                            days: Math.floor(
                              (now.getTime() - row.lastSessionAt.getTime()) / DAY_MS,
                            ),
                          })}
                          )
                        </>
                      ) : (
                        t("coaching.never")
                      )}
                    </span>
                    {row.isQuiet ? (
                      <Badge tone="warning">
                        {t("coaching.flag", { days: totals.quietAfterDays })}
                      </Badge>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
