import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { describeBucketRules } from "@/components/grants/bucket-rules";
import { DisbursementActions } from "@/components/grants/disbursement-actions";
import { DisbursementTimeline } from "@/components/grants/disbursement-timeline";
import { localName } from "@/components/grants/local-name";
import { ReceiptsPanel } from "@/components/grants/receipts-panel";
import { MilestoneStatusBadge, TrancheStatusBadge } from "@/components/grants/tranche-status-badge";
import { FormMessage } from "@/components/members/form-message";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { getDisbursementDetailOrNotFound } from "@/lib/data/grants/get-disbursement-detail";
import { getFormat } from "@/i18n/format";
import { hongKongToday } from "@/lib/domain/dates";
import { availableSteps } from "@/lib/domain/disbursement-steps";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("disbursements");
  return { title: t("detail.title") };
}

/**
 * One tranche: amount, purpose, bucket and its balance, the gate, receipts and the signatures.
 * The start-up that asked sees it (and adds receipts while it waits); the operator's admins,
 * officers and finance see it with the actions their role may take. Anyone else: 404.
 */
export default async function DisbursementPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ requested?: string }>;
}) {
  const { org, id } = await params;
  const { requested } = await searchParams;
  const { user, membership, organisation } = await requireMembership(org);
  const isStartup = membership.role === "STARTUP_MEMBER";
  if (!isStartup && !roleCan(membership.role, "grant.report")) notFound();
  const tranche = await getDisbursementDetailOrNotFound(
    id,
    isStartup ? { startupId: organisation.id } : { organisationId: organisation.id },
  );
  const t = await getTranslations("disbursements");
  const f = await getFormat();
  const startup = tranche.grant.enrolment.startup;
  const startupName = localName(f.locale, startup.name, startup.nameZh);
  const programme = tranche.grant.enrolment.programme;
  const programmeName = localName(f.locale, programme.name, programme.nameZh);
  const bucketName = localName(f.locale, tranche.bucket.name, tranche.bucket.nameZh);
  const steps = isStartup
    ? {}
    : availableSteps({ role: membership.role, userId: user.id }, tranche);
  const back = isStartup
    ? { href: `/${organisation.slug}/grants`, label: t("detail.backToGrant") }
    : { href: `/${organisation.slug}/disbursements`, label: t("title") };
  const bucketLeft = tranche.bucketTotals.remainingCents;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={back.href} className="text-brand-700 hover:underline">
          ← {back.label}
        </Link>
      </p>
      {requested && isStartup ? (
        <FormMessage tone="success">{t("detail.requestSent")}</FormMessage>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={`${f.money(tranche.amountCents)} · ${bucketName}`}
          description={
            isStartup
              ? t("detail.grantFrom", {
                  programme: programmeName,
                  operator: localName(
                    f.locale,
                    tranche.grant.organisation.name,
                    tranche.grant.organisation.nameZh,
                  ),
                })
              : `${startupName} · ${programmeName}`
          }
        />
        <TrancheStatusBadge status={tranche.status} />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title={t("detail.request")} />
            <CardBody className="space-y-4">
              <p className="text-ink-900">{tranche.purpose}</p>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-ink-500">{t("detail.bucket")}</dt>
                  <dd className="text-ink-900">{bucketName}</dd>
                  <dd className="text-xs text-ink-500">{describeBucketRules(tranche.bucket, t)}</dd>
                </div>
                <div>
                  <dt className="text-ink-500">{t("detail.leftInBucket")}</dt>
                  <dd className="text-ink-900 tabular-nums">
                    {t("detail.leftOf", {
                      left: f.money(bucketLeft),
                      cap: f.money(tranche.bucket.capCents),
                    })}
                  </dd>
                  <dd className="text-xs text-ink-500">
                    {t("detail.paidApproved", {
                      paid: f.money(tranche.bucketTotals.paidCents),
                      approved: f.money(tranche.bucketTotals.approvedCents),
                    })}
                  </dd>
                </div>
                {tranche.gatingMilestone ? (
                  <div className="sm:col-span-2">
                    <dt className="text-ink-500">{t("detail.tiedToMilestone")}</dt>
                    <dd className="flex flex-wrap items-center gap-2 text-ink-900">
                      {tranche.gatingMilestone.title}
                      <MilestoneStatusBadge status={tranche.gatingMilestone.status} />
                      <span className="text-xs text-ink-500">
                        {t("detail.due", { date: f.date(tranche.gatingMilestone.dueOn) })}
                      </span>
                    </dd>
                    {tranche.gateProblem && tranche.status === "REQUESTED" ? (
                      <dd className="mt-1 text-xs text-amber-800">{tranche.gateProblem}</dd>
                    ) : null}
                  </div>
                ) : null}
              </dl>
              {tranche.status === "REJECTED" && tranche.rejectionReason ? (
                <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
                  <p className="font-medium">{t("detail.whyRejected")}</p>
                  <p>{tranche.rejectionReason}</p>
                </div>
              ) : null}
            </CardBody>
          </Card>

          <Card>
            <CardBody>
              <ReceiptsPanel
                organisation={organisation.slug}
                disbursementId={tranche.id}
                canChange={isStartup && tranche.status === "REQUESTED"}
                isRequired={tranche.bucket.evidenceRule === "PAYMENT_PROOF"}
                files={tranche.attachments.map((file) => ({
                  id: file.id,
                  fileName: file.fileName,
                  sizeBytes: file.sizeBytes,
                  mimeType: file.mimeType,
                }))}
              />
            </CardBody>
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <CardHeader
              title={t("detail.signatures")}
              description={t(`detail.statusSentence.${tranche.status}`)}
            />
            <CardBody className="space-y-4">
              <DisbursementTimeline tranche={tranche} />
              {Object.keys(steps).length > 0 ? (
                <DisbursementActions
                  organisation={organisation.slug}
                  todayHk={hongKongToday().toISOString().slice(0, 10)}
                  steps={steps}
                  tranche={{
                    id: tranche.id,
                    version: tranche.version,
                    amountCents: tranche.amountCents,
                    purpose: tranche.purpose,
                    startupName,
                    bucketName,
                    bucketRemainingCents: bucketLeft,
                    approvedByName: tranche.approvedBy?.name ?? null,
                  }}
                />
              ) : null}
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
