import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { localName } from "@/components/grants/local-name";
import { BucketBalanceTable } from "@/components/grants/bucket-balance-table";
import { GrantStats } from "@/components/grants/grant-stats";
import { StartupGrantCard } from "@/components/grants/startup-grant-card";
import { TrancheList } from "@/components/grants/tranche-list";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { statusStyles } from "@/components/ui/status-badge";
import { getFormat } from "@/i18n/format";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { getGrantDetailOrNotFound } from "@/lib/data/grants/get-grant-detail";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grants");
  return { title: t("startup.title") };
}

/** One grant: for its start-up, its balance and requests; for the operator, the same with links. */
export default async function GrantPage({
  params,
}: {
  params: Promise<{ org: string; grantId: string }>;
}) {
  const { org, grantId } = await params;
  const { membership, organisation } = await requireMembership(org);
  const t = await getTranslations("grants");
  const f = await getFormat();

  if (membership.role === "STARTUP_MEMBER") {
    const grant = await getGrantDetailOrNotFound(grantId, { startupId: organisation.id });
    return (
      <div className="space-y-6">
        <p className="text-sm">
          <Link href={`/${organisation.slug}/grants`} className="text-brand-700 hover:underline">
            ← {t("startup.title")}
          </Link>
        </p>
        <StartupGrantCard organisation={organisation.slug} grant={grant} />
      </div>
    );
  }

  if (!roleCan(membership.role, "grant.report")) notFound();
  const grant = await getGrantDetailOrNotFound(grantId, { organisationId: organisation.id });
  const { startup, programme } = grant.enrolment;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link
          href={`/${organisation.slug}/grants/programmes/${programme.id}`}
          className="text-brand-700 hover:underline"
        >
          ← {localName(f.locale, programme.name, programme.nameZh)}
        </Link>
      </p>
      <PageHeader
        title={startup.name}
        titleZh={startup.nameZh}
        description={
          <>
            {t("detail.awarded", {
              programme: localName(f.locale, programme.name, programme.nameZh),
              date: f.date(grant.awardedAt),
            })}{" "}
            · {t("detail.enrolment")}{" "}
            <Badge tone={statusStyles.enrolment[grant.enrolment.status].tone}>
              {t(`enrolmentStatus.${grant.enrolment.status}`)}
            </Badge>
          </>
        }
      />
      <GrantStats totals={grant.totals} />
      <Card>
        <CardHeader title={t("balanceByBucket")} />
        <BucketBalanceTable
          caption={t("detail.balanceCaption", { startup: startup.name })}
          buckets={grant.buckets}
          totals={grant.totals}
        />
      </Card>
      <Card>
        <CardHeader title={t("detail.tranches")} description={t("detail.newestFirst")} />
        {grant.disbursements.length === 0 ? (
          <CardBody>
            <EmptyState title={t("detail.noTranche")}>
              {t("detail.noTrancheHint", { startup: startup.name })}
            </EmptyState>
          </CardBody>
        ) : (
          <TrancheList organisation={organisation.slug} tranches={grant.disbursements} />
        )}
      </Card>
    </div>
  );
}
