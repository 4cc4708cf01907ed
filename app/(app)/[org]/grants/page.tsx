import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EnrolmentsWithoutGrant } from "@/components/grants/enrolments-without-grant";
import { GrantStats } from "@/components/grants/grant-stats";
import { ProgrammeBudgetsTable } from "@/components/grants/programme-budgets-table";
import { StartupGrantCard } from "@/components/grants/startup-grant-card";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/auth/session";
import { listStartupGrantDetails } from "@/lib/data/grants/get-grant-detail";
import { listEnrolmentsWithoutGrant } from "@/lib/data/grants/list-enrolments-without-grant";
import { listProgrammeBudgets } from "@/lib/data/grants/list-programme-budgets";
import { addTotals } from "@/lib/domain/disbursement-totals";

export const metadata: Metadata = { title: "Grants" };

/**
 * A start-up's grants (balance by bucket and its requests), or for the operator's admins,
 * officers and finance the budget of every funding programme. Anyone else: 404.
 */
export default async function GrantsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);

  if (membership.role === "STARTUP_MEMBER") {
    const grants = await listStartupGrantDetails(organisation.id);
    return (
      <div className="space-y-8">
        <PageHeader
          title="Grant"
          description="What you were awarded, what has been paid and what you can still ask for."
        />
        {grants.length === 0 ? (
          <EmptyState title="No grant yet.">
            A grant is awarded by the programme office once you are enrolled in a funded programme;
            it will appear here with its buckets.
          </EmptyState>
        ) : (
          grants.map((grant) => (
            <StartupGrantCard key={grant.id} organisation={organisation.slug} grant={grant} />
          ))
        )}
      </div>
    );
  }

  if (!roleCan(membership.role, "grant.report")) notFound();
  const [budgets, waiting] = await Promise.all([
    listProgrammeBudgets(organisation.id),
    listEnrolmentsWithoutGrant(organisation.id),
  ]);
  const canAward = roleCan(membership.role, "grant.award");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Grants"
        description="Every funding programme's money: awarded, requested, signed, paid and what remains."
      />
      <GrantStats
        totals={addTotals(budgets.map((budget) => budget.totals))}
        awardedHint={`${budgets.reduce((sum, budget) => sum + budget.grantCount, 0)} grants`}
      />
      <Card>
        <CardHeader
          title="Programmes"
          description="Open a programme for each start-up's grant and the CSV export for finance."
        />
        {budgets.length === 0 ? (
          <CardBody>
            <EmptyState title="No funding programme yet.">
              Programmes with funding buckets appear here once they are set up.
            </EmptyState>
          </CardBody>
        ) : (
          <ProgrammeBudgetsTable organisation={organisation.slug} budgets={budgets} />
        )}
      </Card>
      <Card>
        <CardHeader
          title="Enrolments waiting for a grant"
          description={
            canAward
              ? "Award each start-up its grant: the programme's buckets are copied with the amounts you set."
              : "A programme officer awards these."
          }
        />
        {waiting.length === 0 ? (
          <CardBody>
            <EmptyState title="Every active enrolment has its grant." />
          </CardBody>
        ) : (
          <EnrolmentsWithoutGrant
            organisation={organisation.slug}
            enrolments={waiting}
            canAward={canAward}
          />
        )}
      </Card>
    </div>
  );
}
