import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OfficerReportLink } from "@/components/homes/officer-report-link";
import { ProgrammeCallsTable } from "@/components/programmes/programme-calls-table";
import { programmeStatusStyles } from "@/components/programmes/programme-labels";
import { FundingBucketsTable, ProgrammeFacts } from "@/components/programmes/programme-summary";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getProgramme } from "@/lib/data/programmes/get-programme";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.detail");
  return { title: t("metaTitle") };
}

/** One programme: its rules, its funding buckets and its calls. */
export default async function ProgrammePage({
  params,
}: {
  params: Promise<{ org: string; programmeId: string }>;
}) {
  const { org, programmeId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "programme.manage");
  const [programme, t, labels, locale] = await Promise.all([
    getProgramme(organisation.id, programmeId),
    getTranslations("programmes.detail"),
    getTranslations("programmesClient"),
    getLocale(),
  ]);
  if (!programme) notFound();
  const isChinese = locale.startsWith("zh");
  const base = `/${organisation.slug}/programmes/${programme.id}`;
  const status = programmeStatusStyles[programme.status];
  const canAddCall = programme.status !== "ARCHIVED";

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm text-ink-500">
        <Link href={`/${organisation.slug}/programmes`} className="hover:underline">
          {t("programmes")}
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={isChinese && programme.nameZh ? programme.nameZh : programme.name}
          titleZh={isChinese ? null : programme.nameZh}
          description={labels(`statusHint.${programme.status}`)}
        />
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={status.tone}>{labels(`status.${programme.status}`)}</Badge>
          <OfficerReportLink href={`${base}/report`} />
          <ButtonLink href={`${base}/edit`} variant="secondary">
            {t("edit")}
          </ButtonLink>
        </div>
      </div>

      <Card>
        <CardHeader title={t("programme")} />
        <CardBody>
          <ProgrammeFacts programme={programme} />
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title={t("bucketsTitle")}
          description={t("bucketsDescription")}
          action={
            <Link href={`${base}/edit`} className="text-brand-700 hover:underline">
              {t("change")}
            </Link>
          }
        />
        {programme.fundingBuckets.length === 0 ? (
          <CardBody>
            <EmptyState title={t("noBucketTitle")}>{t("noBucketBody")}</EmptyState>
          </CardBody>
        ) : (
          <FundingBucketsTable programme={programme} />
        )}
      </Card>

      <Card>
        <CardHeader
          title={t("callsTitle")}
          description={t("callsDescription")}
          action={
            canAddCall ? (
              <ButtonLink href={`${base}/calls/new`} size="sm">
                {t("newCall")}
              </ButtonLink>
            ) : null
          }
        />
        {programme.calls.length === 0 ? (
          <CardBody>
            <EmptyState
              title={t("noCallTitle")}
              action={
                canAddCall ? (
                  <ButtonLink href={`${base}/calls/new`}>{t("firstCall")}</ButtonLink>
                ) : null
              }
            >
              {canAddCall ? t("noCallBody") : t("archivedBody")}
            </EmptyState>
          </CardBody>
        ) : (
          <ProgrammeCallsTable
            organisation={organisation.slug}
            calls={programme.calls}
            canScreen={roleCan(membership.role, "application.screen")}
          />
        )}
      </Card>
    </div>
  );
}
