import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BucketBalanceTable } from "@/components/grants/bucket-balance-table";
import { GrantStats } from "@/components/grants/grant-stats";
import { StartupGrantCard } from "@/components/grants/startup-grant-card";
import { TrancheList } from "@/components/grants/tranche-list";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { getGrantDetailOrNotFound } from "@/lib/data/grants/get-grant-detail";
import { formatHkDate } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Grant" };

/** One grant: for its start-up, its balance and requests; for the operator, the same with links. */
export default async function GrantPage({
  params,
}: {
  params: Promise<{ org: string; grantId: string }>;
}) {
  const { org, grantId } = await params;
  const { membership, organisation } = await requireMembership(org);

  if (membership.role === "STARTUP_MEMBER") {
    const grant = await getGrantDetailOrNotFound(grantId, { startupId: organisation.id });
    return (
      <div className="space-y-6">
        <p className="text-sm">
          <Link href={`/${organisation.slug}/grants`} className="text-brand-700 hover:underline">
            ← Grant
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
          ← {programme.name}
        </Link>
      </p>
      <PageHeader
        title={startup.name}
        titleZh={startup.nameZh}
        description={
          <>
            {programme.name} grant, awarded {formatHkDate(grant.awardedAt)} · enrolment{" "}
            <StatusBadge kind="enrolment" status={grant.enrolment.status} />
          </>
        }
      />
      <GrantStats totals={grant.totals} />
      <Card>
        <CardHeader title="Balance by bucket" />
        <BucketBalanceTable
          caption={`${startup.name}: grant balance by bucket`}
          buckets={grant.buckets}
          totals={grant.totals}
        />
      </Card>
      <Card>
        <CardHeader title="Tranches" description="Newest first." />
        {grant.disbursements.length === 0 ? (
          <CardBody>
            <EmptyState title="No tranche requested yet.">
              Requests from {startup.name} appear here and in the approval queue.
            </EmptyState>
          </CardBody>
        ) : (
          <TrancheList organisation={organisation.slug} tranches={grant.disbursements} />
        )}
      </Card>
    </div>
  );
}
