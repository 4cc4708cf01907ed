import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localName } from "@/components/homes/officer-local-name";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormat } from "@/i18n/format";
import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";

/** Tranche requests waiting for the officer's first signature, oldest first, as stacked rows. */
export async function TrancheRequestsCard({
  requested,
  organisationSlug,
}: {
  requested: ProgrammeOfficerHomeData["requestedDisbursements"];
  organisationSlug: string;
}) {
  const t = await getTranslations("officerHome");
  const f = await getFormat();
  const base = `/${organisationSlug}/disbursements`;
  return (
    <Card>
      <CardHeader
        title={t("tranches.title")}
        description={t("tranches.description")}
        action={
          requested.count > 0 ? (
            <span className="font-medium text-ink-700">
              {t("tranches.summary", {
                count: requested.count,
                total: f.money(requested.totalCents),
              })}
            </span>
          ) : null
        }
      />
      {requested.items.length === 0 ? (
        <CardBody>
          <EmptyState title={t("tranches.empty")}>{t("tranches.emptyHint")}</EmptyState>
        </CardBody>
      ) : (
        <>
          <ul className="divide-y divide-ink-100">
            {requested.items.map((item) => {
              const { startup, programme } = item.grant.enrolment;
              return (
                <li
                  key={item.id}
                  className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 px-4 py-2.5 sm:px-5"
                >
                  <div className="min-w-0">
                    <Link
                      href={`${base}/${item.id}`}
                      className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
                    >
                      {localName(f.locale, startup.name, startup.nameZh)}
                    </Link>
                    <p className="text-xs text-ink-600">{item.purpose}</p>
                    <p className="text-xs text-ink-500">
                      {localName(f.locale, item.bucket.name, item.bucket.nameZh)} ·{" "}
                      {localName(f.locale, programme.name, programme.nameZh)}
                    </p>
                    <p className="text-xs text-ink-500">
                      {t("tranches.requested", {
                        date: f.date(item.requestedAt),
                        name: item.requestedBy.name,
                      })}
                    </p>
                  </div>
                  <span className="font-medium whitespace-nowrap text-ink-900 tabular-nums">
                    {f.money(item.amountCents)}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="flex flex-wrap items-center justify-between gap-2 border-t border-ink-100 px-4 py-2.5 text-xs text-ink-500 sm:px-5">
            <span>
              {requested.count > requested.items.length
                ? t("tranches.showing", {
                    shown: requested.items.length,
                    count: f.number(requested.count),
                  })
                : null}
            </span>
            <Link
              href={`${base}?status=REQUESTED`}
              className="text-sm text-brand-700 hover:underline"
            >
              {t("tranches.viewAll")}
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}
