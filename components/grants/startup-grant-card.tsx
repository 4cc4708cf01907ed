import { getTranslations } from "next-intl/server";
import { BucketBalanceTable } from "@/components/grants/bucket-balance-table";
import { GrantStats } from "@/components/grants/grant-stats";
import { TrancheList, type TrancheListItem } from "@/components/grants/tranche-list";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { GrantDetail } from "@/lib/data/grants/get-grant-detail";
import { getFormat } from "@/i18n/format";
import { localName } from "./local-name";

/** One grant as its holder sees it: the numbers, each bucket's balance and every request. */
export async function StartupGrantCard({
  organisation,
  grant,
}: {
  organisation: string;
  grant: GrantDetail;
}) {
  const t = await getTranslations("grants");
  const f = await getFormat();
  const programmeName = localName(
    f.locale,
    grant.enrolment.programme.name,
    grant.enrolment.programme.nameZh,
  );
  const isOpen = grant.status === "ACTIVE" && grant.enrolment.status === "ACTIVE";
  const tranches: TrancheListItem[] = grant.disbursements;
  return (
    <section className="space-y-4" aria-labelledby={`grant-${grant.id}`}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={`grant-${grant.id}`} className="text-lg font-semibold text-ink-900">
            {programmeName}
          </h2>
          <p className="text-sm text-ink-500">
            {t("startup.awardedBy", {
              operator: localName(f.locale, grant.organisation.name, grant.organisation.nameZh),
              date: f.date(grant.awardedAt),
            })}
            {isOpen ? "" : ` · ${t("startup.closed")}`}
          </p>
        </div>
        {isOpen ? (
          <ButtonLink href={`/${organisation}/grants/${grant.id}/request`}>
            {t("startup.requestTranche")}
          </ButtonLink>
        ) : null}
      </div>
      <GrantStats totals={grant.totals} />
      <Card>
        <CardHeader title={t("balanceByBucket")} description={t("startup.balanceDescription")} />
        <BucketBalanceTable
          caption={t("startup.balanceCaption", { programme: programmeName })}
          buckets={grant.buckets}
          totals={grant.totals}
        />
      </Card>
      <Card>
        <CardHeader
          title={t("startup.requestsTitle")}
          description={t("startup.requestsDescription")}
        />
        {tranches.length === 0 ? (
          <CardBody>
            <EmptyState
              title={t("startup.noRequests")}
              action={
                isOpen ? (
                  <ButtonLink
                    href={`/${organisation}/grants/${grant.id}/request`}
                    variant="secondary"
                    size="sm"
                  >
                    {t("startup.requestFirst")}
                  </ButtonLink>
                ) : null
              }
            >
              {t("startup.noRequestsHint")}
            </EmptyState>
          </CardBody>
        ) : (
          <TrancheList organisation={organisation} tranches={tranches} />
        )}
      </Card>
    </section>
  );
}
