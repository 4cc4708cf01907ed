import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AwardGrantForm } from "@/components/grants/award-grant-form";
import { localName } from "@/components/grants/local-name";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getEnrolmentForAward } from "@/lib/data/grants/enrolment-for-award";
import { READ_TRANSACTION } from "@/lib/data/grants/money-transaction";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("grants");
  return { title: t("award.metaTitle") };
}

/** The programme officer awards an active enrolment its grant. */
export default async function AwardGrantPage({
  params,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
}) {
  const { org, enrolmentId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "grant.award");
  const t = await getTranslations("grants");
  const f = await getFormat();
  const enrolment = await db
    .$transaction(
      (tx) => getEnrolmentForAward(tx, { organisationId: organisation.id, enrolmentId }),
      READ_TRANSACTION,
    )
    .catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    });
  if (enrolment.grant) redirect(`/${organisation.slug}/grants/${enrolment.grant.id}`);
  const { programme } = enrolment;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${organisation.slug}/grants`} className="text-brand-700 hover:underline">
          ← {t("title")}
        </Link>
      </p>
      <PageHeader
        title={t("award.title", {
          startup: localName(f.locale, enrolment.startup.name, enrolment.startup.nameZh),
        })}
        description={t("award.description", {
          programme: localName(f.locale, programme.name, programme.nameZh),
          from: f.date(enrolment.startsOn),
          to: f.date(enrolment.endsOn),
        })}
      />
      <Card>
        <CardBody>
          {enrolment.status !== "ACTIVE" ? (
            <EmptyState title={t("award.notActive")}>{t("award.notActiveHint")}</EmptyState>
          ) : programme.fundingBuckets.length === 0 ? (
            <EmptyState title={t("award.noBuckets", { programme: programme.name })}>
              {t("award.noBucketsHint")}
            </EmptyState>
          ) : (
            <AwardGrantForm
              organisation={organisation.slug}
              enrolmentId={enrolment.id}
              startupName={enrolment.startup.name}
              programmeCapCents={programme.fundingCapCents}
              buckets={programme.fundingBuckets}
            />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
