import type { SharingSettings } from "@/lib/data/consent/get-sharing-settings";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";
import { consentCategoryText } from "./consent-labels";
import { ConsentToggle } from "./consent-toggle";

/** The start-up's consents per programme partner and category, and who opened its documents. */
export function SharingSettingsView({
  organisationSlug,
  settings,
}: {
  organisationSlug: string;
  settings: SharingSettings;
}) {
  return (
    <div className="space-y-6">
      {settings.programmes.length === 0 ? (
        <EmptyState title="None of your programmes has a pharma partner.">
          Co-incubation programmes (with AstraZeneca or Boehringer Ingelheim, for example) let you
          share progress with the partner. When you apply to or join one, you choose here what the
          partner sees.
        </EmptyState>
      ) : (
        settings.programmes.map((programme) => (
          <Card key={programme.id}>
            <CardHeader
              title={programme.name}
              description={
                programme.enrolment
                  ? `${programme.organisation.name} · enrolled since ${formatHkDate(programme.enrolment.startsOn)}`
                  : `${programme.organisation.name} · you have applied. Partners see a start-up only once it joins the cohort.`
              }
            />
            {programme.partners.map((partner) => (
              <section
                key={partner.id}
                aria-label={`Sharing with ${partner.name}`}
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
                    const text = consentCategoryText[entry.category];
                    return (
                      <li
                        key={entry.category}
                        className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5"
                      >
                        <div className="min-w-0 space-y-1">
                          <div className="flex flex-wrap items-center gap-2">
                            <span className="text-sm font-medium text-ink-900">{text.label}</span>
                            {entry.isShared ? (
                              <Badge tone="success">Shared</Badge>
                            ) : (
                              <Badge tone="muted">Not shared</Badge>
                            )}
                          </div>
                          <p className="text-sm text-ink-600">{text.detail}</p>
                          <p className="text-xs text-ink-500">
                            {entry.isShared && entry.grantedAt
                              ? `Shared since ${formatHkDateTime(entry.grantedAt)}${entry.grantedBy ? ` by ${entry.grantedBy}` : ""}.`
                              : entry.withdrawnAt
                                ? `Stopped on ${formatHkDateTime(entry.withdrawnAt)}.`
                                : null}
                          </p>
                        </div>
                        <ConsentToggle
                          organisation={organisationSlug}
                          programmeId={programme.id}
                          partnerId={partner.id}
                          partnerName={partner.name}
                          category={entry.category}
                          categoryLabel={text.label}
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
        <CardHeader
          title="Who opened your documents"
          description="Every time a partner opens a document you share, newest first (Hong Kong time)."
        />
        {settings.views.length === 0 ? (
          <CardBody>
            <p className="text-sm text-ink-500">No partner has opened your documents yet.</p>
          </CardBody>
        ) : (
          <ul className="divide-y divide-ink-100">
            {settings.views.map((view) => (
              <li key={view.id} className="px-4 py-2.5 text-sm text-ink-700 sm:px-5">
                <span className="font-medium text-ink-900">{view.partnerName}</span> ·{" "}
                {view.viewerName} viewed{" "}
                <a
                  className="font-medium text-brand-800 underline-offset-2 hover:underline"
                  href={`/api/attachments/${encodeURIComponent(view.attachmentId)}?organisation=${encodeURIComponent(organisationSlug)}`}
                >
                  {view.fileName}
                </a>{" "}
                on {formatHkDateTime(view.viewedAt)}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
