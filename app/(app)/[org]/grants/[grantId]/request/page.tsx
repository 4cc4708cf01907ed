import type { Metadata } from "next";
import Link from "next/link";
import { RequestTrancheForm } from "@/components/grants/request-tranche-form";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getRequestFormOrNotFound } from "@/lib/data/grants/get-request-form";
import { formatHkd } from "@/lib/domain/money";

export const metadata: Metadata = { title: "Request a tranche" };

/** The start-up asks for a tranche of its own grant. */
export default async function RequestTranchePage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; grantId: string }>;
  searchParams: Promise<{ bucket?: string }>;
}) {
  const { org, grantId } = await params;
  const { bucket } = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "disbursement.request");
  const form = await getRequestFormOrNotFound(organisation.id, grantId);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${organisation.slug}/grants`} className="text-brand-700 hover:underline">
          ← Grant
        </Link>
      </p>
      <PageHeader
        title="Request a tranche"
        description={`${form.programmeName} grant from ${form.operatorName} · ${formatHkd(form.totals.remainingCents)} can still be approved`}
      />
      <Card>
        <CardBody>
          {form.isOpen ? (
            <RequestTrancheForm
              organisation={organisation.slug}
              grantId={form.id}
              initialBucketId={form.buckets.some((item) => item.id === bucket) ? bucket : undefined}
              buckets={form.buckets.map((item) => ({
                id: item.id,
                name: item.name,
                nameZh: item.nameZh,
                evidenceRule: item.evidenceRule,
                requiresPreApproval: item.requiresPreApproval,
                gatingMilestoneCategory: item.gatingMilestoneCategory,
                remainingCents: item.totals.remainingCents,
                requestedCents: item.totals.requestedCents,
              }))}
              milestones={form.milestones.map((milestone) => ({
                ...milestone,
                dueOn: milestone.dueOn.toISOString().slice(0, 10),
              }))}
            />
          ) : (
            <EmptyState title="This grant is closed.">
              No new tranches can be requested. Your earlier requests stay on the grant page.
            </EmptyState>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
