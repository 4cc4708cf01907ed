import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EnrolmentsWithoutGrant } from "@/components/grants/enrolments-without-grant";
import { GrantStats } from "@/components/grants/grant-stats";
import { ProgrammeGrantsTable } from "@/components/grants/programme-grants-table";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { getProgrammeBudget } from "@/lib/data/grants/get-programme-budget";
import { listEnrolmentsWithoutGrant } from "@/lib/data/grants/list-enrolments-without-grant";
import { formatHkd } from "@/lib/domain/money";

export const metadata: Metadata = { title: "Programme budget" };

/** One programme's money for officers, finance and admins, with the CSV exports for finance. */
export default async function ProgrammeBudgetPage({
  params,
}: {
  params: Promise<{ org: string; programmeId: string }>;
}) {
  const { org, programmeId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "grant.report");
  const [budget, waiting] = await Promise.all([
    getProgrammeBudget(organisation.id, programmeId),
    listEnrolmentsWithoutGrant(organisation.id, programmeId),
  ]);
  if (!budget) notFound();
  const exportHref = (view: string) =>
    `/api/${organisation.slug}/grants/export?programme=${budget.programme.id}&view=${view}`;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/${organisation.slug}/grants`} className="text-brand-700 hover:underline">
          ← Grants
        </Link>
      </p>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeader
          title={budget.programme.name}
          titleZh={budget.programme.nameZh}
          description={`Up to ${formatHkd(budget.programme.fundingCapCents, { omitZeroCents: true })} per start-up · ${budget.grants.length} grants`}
        />
        <div className="flex flex-wrap gap-2">
          <a
            href={exportHref("grants")}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
            download
          >
            Export grants (CSV)
          </a>
          <a
            href={exportHref("tranches")}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
            download
          >
            Export tranches (CSV)
          </a>
        </div>
      </div>
      <GrantStats totals={budget.totals} />
      <Card>
        <CardHeader
          title="Grants"
          description="Approved = signed by the officer (and finance) but not yet paid; remaining = awarded − approved − paid."
        />
        {budget.grants.length === 0 ? (
          <CardBody>
            <EmptyState title="No grant awarded in this programme yet." />
          </CardBody>
        ) : (
          <ProgrammeGrantsTable organisation={organisation.slug} budget={budget} />
        )}
      </Card>
      {waiting.length > 0 ? (
        <Card>
          <CardHeader title="Enrolments waiting for a grant" />
          <EnrolmentsWithoutGrant
            organisation={organisation.slug}
            enrolments={waiting}
            canAward={roleCan(membership.role, "grant.award")}
          />
        </Card>
      ) : null}
    </div>
  );
}
