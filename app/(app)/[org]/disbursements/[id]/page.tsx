import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { describeBucketRules } from "@/components/grants/bucket-rules";
import { DisbursementActions } from "@/components/grants/disbursement-actions";
import { DisbursementTimeline } from "@/components/grants/disbursement-timeline";
import { ReceiptsPanel } from "@/components/grants/receipts-panel";
import { FormMessage } from "@/components/members/form-message";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { getDisbursementDetailOrNotFound } from "@/lib/data/grants/get-disbursement-detail";
import { formatHkDate, hongKongToday } from "@/lib/domain/dates";
import { describeDisbursementStatus } from "@/lib/domain/disbursement-status";
import { availableSteps } from "@/lib/domain/disbursement-steps";
import { formatHkd } from "@/lib/domain/money";

export const metadata: Metadata = { title: "Tranche" };

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
  const startup = tranche.grant.enrolment.startup;
  const steps = isStartup
    ? {}
    : availableSteps({ role: membership.role, userId: user.id }, tranche);
  const back = isStartup
    ? { href: `/${organisation.slug}/grants`, label: "Grant" }
    : { href: `/${organisation.slug}/disbursements`, label: "Disbursements" };
  const bucketLeft = tranche.bucketTotals.remainingCents;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={back.href} className="text-brand-700 hover:underline">
          ← {back.label}
        </Link>
      </p>
      {requested && isStartup ? (
        <FormMessage tone="success">
          Request sent. The programme office has been told; you will get a notice at each step.
        </FormMessage>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={`${formatHkd(tranche.amountCents)} · ${tranche.bucket.name}`}
          description={
            isStartup
              ? `${tranche.grant.enrolment.programme.name} grant from ${tranche.grant.organisation.name}`
              : `${startup.name} · ${tranche.grant.enrolment.programme.name}`
          }
        />
        <StatusBadge kind="disbursement" status={tranche.status} />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Request" />
            <CardBody className="space-y-4">
              <p className="text-ink-900">{tranche.purpose}</p>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-ink-500">Bucket</dt>
                  <dd className="text-ink-900">{tranche.bucket.name}</dd>
                  <dd className="text-xs text-ink-500">{describeBucketRules(tranche.bucket)}</dd>
                </div>
                <div>
                  <dt className="text-ink-500">Left in the bucket</dt>
                  <dd className="text-ink-900 tabular-nums">
                    {formatHkd(bucketLeft)} of {formatHkd(tranche.bucket.capCents)}
                  </dd>
                  <dd className="text-xs text-ink-500">
                    {formatHkd(tranche.bucketTotals.paidCents)} paid ·{" "}
                    {formatHkd(tranche.bucketTotals.approvedCents)} approved
                  </dd>
                </div>
                {tranche.gatingMilestone ? (
                  <div className="sm:col-span-2">
                    <dt className="text-ink-500">Tied to the milestone</dt>
                    <dd className="flex flex-wrap items-center gap-2 text-ink-900">
                      {tranche.gatingMilestone.title}
                      <StatusBadge kind="milestone" status={tranche.gatingMilestone.status} />
                      <span className="text-xs text-ink-500">
                        due {formatHkDate(tranche.gatingMilestone.dueOn)}
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
                  <p className="font-medium">Why it was rejected</p>
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
              title="Signatures"
              description={`This tranche is ${describeDisbursementStatus(tranche.status)}.`}
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
                    startupName: startup.name,
                    bucketName: tranche.bucket.name,
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
