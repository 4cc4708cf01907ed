import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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

export const metadata: Metadata = { title: "Programme" };

/** One programme: its rules, its funding buckets and its calls. */
export default async function ProgrammePage({
  params,
}: {
  params: Promise<{ org: string; programmeId: string }>;
}) {
  const { org, programmeId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "programme.manage");
  const programme = await getProgramme(organisation.id, programmeId);
  if (!programme) notFound();
  const base = `/${organisation.slug}/programmes/${programme.id}`;
  const status = programmeStatusStyles[programme.status];
  const canAddCall = programme.status !== "ARCHIVED";

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-ink-500">
        <Link href={`/${organisation.slug}/programmes`} className="hover:underline">
          Programmes
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={programme.name} titleZh={programme.nameZh} description={status.hint} />
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={status.tone}>{status.label}</Badge>
          <ButtonLink href={`${base}/edit`} variant="secondary">
            Edit programme
          </ButtonLink>
        </div>
      </div>

      <Card>
        <CardHeader title="Programme" />
        <CardBody>
          <ProgrammeFacts programme={programme} />
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Funding buckets"
          description="Grants copy these when they are awarded."
          action={
            <Link href={`${base}/edit`} className="text-brand-700 hover:underline">
              Change
            </Link>
          }
        />
        {programme.fundingBuckets.length === 0 ? (
          <CardBody>
            <EmptyState title="No funding bucket.">
              Grants of this programme are one amount with no split. Edit the programme to add
              buckets with their own caps and evidence rules.
            </EmptyState>
          </CardBody>
        ) : (
          <FundingBucketsTable programme={programme} />
        )}
      </Card>

      <Card>
        <CardHeader
          title="Calls"
          description="Each intake round: its dates, eligibility, form and review rubric."
          action={
            canAddCall ? (
              <ButtonLink href={`${base}/calls/new`} size="sm">
                New call
              </ButtonLink>
            ) : null
          }
        />
        {programme.calls.length === 0 ? (
          <CardBody>
            <EmptyState
              title="No call yet."
              action={
                canAddCall ? (
                  <ButtonLink href={`${base}/calls/new`}>Set up the first call</ButtonLink>
                ) : null
              }
            >
              {canAddCall
                ? "A call sets the application window, eligibility, the form applicants fill in and the reviewers' rubric."
                : "This programme is archived: restore it to add a call."}
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
