import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/components/calls/localized";
import type { OpenCall } from "@/lib/data/calls/list-open-calls";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { createFormat } from "@/i18n/formatters";

/** Public list of calls open for applications, in the visitor's language. */
export function OpenCallsList({ calls }: { calls: OpenCall[] }) {
  const t = useTranslations("landing");
  const labels = useTranslations("programmesClient");
  const locale = useLocale();
  const f = createFormat(locale);
  const isChinese = locale.startsWith("zh");
  if (calls.length === 0) {
    return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  }
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {calls.map((call) => {
        // The other language's wording stays as a second line, so both readers find the call.
        const otherTitle = isChinese ? (call.titleZh ? call.title : null) : call.titleZh;
        return (
          <li
            key={call.id}
            className="flex flex-col rounded-lg border border-ink-200 bg-white p-5 shadow-xs"
          >
            <p className="text-xs font-medium text-brand-700">
              {localized(locale, call.organisation.name, call.organisation.nameZh)} ·{" "}
              {labels(`kind.${call.programme.kind}`)}
            </p>
            <h3 className="mt-1 text-lg font-semibold text-ink-900">
              <Link
                href={`/calls/${call.organisation.slug}/${call.slug}`}
                className="hover:text-brand-700 hover:underline"
              >
                {localized(locale, call.title, call.titleZh)}
              </Link>
            </h3>
            {otherTitle ? (
              <p className="text-sm text-ink-500" lang={isChinese ? "en" : "zh-HK"}>
                {otherTitle}
              </p>
            ) : null}
            <p className="mt-1 text-sm text-ink-700">
              {localized(locale, call.programme.name, call.programme.nameZh)}
              {call.programme.nameZh && !isChinese ? (
                <span className="text-ink-500" lang="zh-HK">
                  {" "}
                  · {call.programme.nameZh}
                </span>
              ) : null}
            </p>
            {call.summary ? (
              <p className="mt-3 line-clamp-3 text-sm text-ink-600">{call.summary}</p>
            ) : null}
            {call.programme.focusAreas.length > 0 ? (
              <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={t("focusAreas")}>
                {call.programme.focusAreas.map((area) => (
                  <li key={area}>
                    <Badge tone="brand">{labels(`focus.${area}`)}</Badge>
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="mt-auto pt-4">
              <dl className="grid grid-cols-2 gap-3 border-t border-ink-100 pt-3 text-sm">
                <div>
                  <dt className="text-xs text-ink-500">{t("closes")}</dt>
                  <dd className="font-medium text-ink-800">{f.dateTime(call.closesAt)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-ink-500">{t("fundingUpTo")}</dt>
                  <dd className="font-medium text-ink-800 tabular-nums">
                    {f.moneyWhole(call.programme.fundingCapCents)}
                  </dd>
                </div>
              </dl>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
