import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { CallStatusBadge } from "@/components/calls/call-status-badge";
import { localized } from "@/components/calls/localized";
import { programmeStatusStyles } from "@/components/programmes/programme-labels";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { createFormat } from "@/i18n/formatters";
import type { ProgrammeListRow } from "@/lib/data/programmes/list-programmes";

/** One card per programme: its key facts and its newest calls, each linking to its set-up. */
export function ProgrammesList({
  organisation,
  programmes,
}: {
  organisation: string;
  programmes: readonly ProgrammeListRow[];
}) {
  const t = useTranslations("programmes.list");
  const labels = useTranslations("programmesClient");
  const locale = useLocale();
  const f = createFormat(locale);
  const isChinese = locale.startsWith("zh");
  return (
    <ul className="space-y-4">
      {programmes.map((programme) => {
        const status = programmeStatusStyles[programme.status];
        const facts = [
          programme.partnerNames.length > 0
            ? t("kindWithPartners", {
                kind: labels(`kind.${programme.kind}`),
                partners: programme.partnerNames.join(", "),
              })
            : labels(`kind.${programme.kind}`),
          t("upTo", { amount: f.moneyWhole(programme.fundingCapCents) }),
          t("months", { count: programme.durationMonths }),
          t("enrolled", { count: programme.enrolmentCount }),
        ];
        return (
          <li key={programme.id}>
            <Card>
              <div className="flex items-start justify-between gap-3 border-b border-ink-100 px-4 py-3 sm:px-5">
                <div className="min-w-0 flex-1">
                  <h2 className="text-base font-semibold text-ink-900">
                    <Link
                      href={`/${organisation}/programmes/${programme.id}`}
                      className="hover:text-brand-700 hover:underline"
                    >
                      {localized(locale, programme.name, programme.nameZh)}
                    </Link>
                    {programme.nameZh && !isChinese ? (
                      <span className="ml-2 text-sm font-normal text-ink-500" lang="zh-HK">
                        {programme.nameZh}
                      </span>
                    ) : null}
                  </h2>
                  <p className="mt-0.5 text-sm text-ink-600">{facts.join(" · ")}</p>
                  <p className="mt-1 flex flex-wrap gap-1">
                    {programme.focusAreas.map((area) => (
                      <Badge key={area} tone="muted">
                        {labels(`focus.${area}`)}
                      </Badge>
                    ))}
                  </p>
                </div>
                <span className="shrink-0">
                  <Badge tone={status.tone}>{labels(`status.${programme.status}`)}</Badge>
                </span>
              </div>
              {programme.calls.length === 0 ? (
                <p className="px-4 py-3 text-sm text-ink-500 sm:px-5">
                  {t("noCall")}{" "}
                  <Link
                    href={`/${organisation}/programmes/${programme.id}/calls/new`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {t("firstCall")}
                  </Link>
                </p>
              ) : (
                <ul className="divide-y divide-ink-100">
                  {programme.calls.map((call) => (
                    <li
                      key={call.id}
                      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2.5 text-sm sm:px-5"
                    >
                      <Link
                        href={`/${organisation}/calls/${call.id}/setup`}
                        className="min-w-0 font-medium text-ink-800 hover:text-brand-700 hover:underline"
                      >
                        {localized(locale, call.title, call.titleZh)}
                      </Link>
                      <span className="flex items-center gap-2 text-ink-500">
                        <span className="tabular-nums">
                          {f.date(call.opensAt)} – {f.date(call.closesAt)}
                        </span>
                        <CallStatusBadge status={call.status} />
                      </span>
                    </li>
                  ))}
                  {programme.callCount > programme.calls.length ? (
                    <li className="px-4 py-2.5 text-sm sm:px-5">
                      <Link
                        href={`/${organisation}/programmes/${programme.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {t("allCalls", { count: programme.callCount })}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              )}
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
