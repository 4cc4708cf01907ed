import { getTranslations } from "next-intl/server";
import type { SharingSettings } from "@/lib/data/consent/get-sharing-settings";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { getFormat } from "@/i18n/format";
import { localName } from "@/components/milestones/local-name";
import { ConsentToggle } from "./consent-toggle";

/** The start-up's consents per programme partner and category, and who opened its documents. */
export async function SharingSettingsView({
  organisationSlug,
  settings,
  locale,
  searchParams,
}: {
  organisationSlug: string;
  settings: SharingSettings;
  locale: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const [t, f] = await Promise.all([getTranslations("sharing"), getFormat()]);
  return (
    <div className="space-y-6">
      {settings.programmes.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        settings.programmes.map((programme) => (
          <Card key={programme.id}>
            <CardHeader
              title={localName(locale, programme.name, programme.nameZh)}
              description={
                programme.enrolment
                  ? t("enrolledSince", {
                      operator: localName(
                        locale,
                        programme.organisation.name,
                        programme.organisation.nameZh,
                      ),
                      date: f.date(programme.enrolment.startsOn),
                    })
                  : t("applied", {
                      operator: localName(
                        locale,
                        programme.organisation.name,
                        programme.organisation.nameZh,
                      ),
                    })
              }
            />
            {programme.partners.map((partner) => (
              <section
                key={partner.id}
                aria-label={t("sharingWith", { partner: partner.name })}
                className="border-b border-ink-100 last:border-b-0"
              >
                <h3 className="bg-ink-50/60 px-4 py-2 text-sm font-semibold text-ink-900 sm:px-5">
                  {partner.name}
                  {partner.nameZh ? (
                    <span className="ml-1.5 font-normal text-ink-500" lang="zh-HK">
                      {partner.nameZh}
                    </span>
                  ) : null}
                </h3>
                <ul className="divide-y divide-ink-100">
                  {partner.categories.map((entry) => {
                    const label = t(`category.${entry.category}.label`);
                    return (
                      <li
                        key={entry.category}
                        className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5"
                      >
                        <div className="min-w-0 space-y-1">
                          <div className="flex flex-wrap items-center gap-2">
                            <span className="text-sm font-medium text-ink-900">{label}</span>
                            {entry.isShared ? (
                              <Badge tone="success">{t("shared")}</Badge>
                            ) : (
                              <Badge tone="muted">{t("notShared")}</Badge>
                            )}
                          </div>
                          <p className="text-sm text-ink-600">
                            {t(`category.${entry.category}.detail`)}
                          </p>
                          <p className="text-xs text-ink-500">
                            {entry.isShared && entry.grantedAt
                              ? entry.grantedBy
                                ? t("sharedSinceBy", {
                                    date: f.dateTime(entry.grantedAt),
                                    name: entry.grantedBy,
                                  })
                                : t("sharedSince", { date: f.dateTime(entry.grantedAt) })
                              : entry.withdrawnAt
                                ? t("stoppedOn", { date: f.dateTime(entry.withdrawnAt) })
                                : null}
                          </p>
                        </div>
                        <ConsentToggle
                          organisation={organisationSlug}
                          programmeId={programme.id}
                          partnerId={partner.id}
                          partnerName={partner.name}
                          category={entry.category}
                          categoryLabel={label}
                          isShared={entry.isShared}
                        />
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </Card>
        ))
      )}

      <Card>
        <CardHeader title={t("viewsTitle")} description={t("viewsDescription")} />
        {settings.views.length === 0 ? (
          <CardBody>
            <p className="text-sm text-ink-500">{t("viewsEmpty")}</p>
          </CardBody>
        ) : (
          <ul className="divide-y divide-ink-100">
            {settings.views.map((view) => (
              <li key={view.id} className="px-4 py-2.5 text-sm break-words text-ink-700 sm:px-5">
                {t.rich("viewLine", {
                  partner: view.partnerName
                    ? localName(locale, view.partnerName, view.partnerNameZh)
                    : t("aPartner"),
                  viewer: view.viewerName,
                  date: f.dateTime(view.viewedAt),
                  strong: (chunks) => <span className="font-medium text-ink-900">{chunks}</span>,
                  file: () => (
                    <a
                      className="font-medium text-brand-800 underline-offset-2 hover:underline"
                      href={`/api/attachments/${encodeURIComponent(view.attachmentId)}?organisation=${encodeURIComponent(organisationSlug)}`}
                    >
                      {view.fileName}
                    </a>
                  ),
                })}
              </li>
            ))}
          </ul>
        )}
        <CursorPager
          basePath={`/${organisationSlug}/sharing`}
          searchParams={searchParams}
          nextCursor={settings.viewsNextCursor}
          label={t("viewsPages")}
        />
      </Card>
    </div>
  );
}
