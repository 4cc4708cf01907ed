import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";
import { ApplicationPipelineTable } from "@/components/homes/application-pipeline-table";
import { ApplicationsAwaitingTable } from "@/components/homes/applications-awaiting-table";
import { MilestoneHealthCard } from "@/components/homes/milestone-health-card";
import { TrancheRequestsCard } from "@/components/homes/tranche-requests-card";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { formatHkDateTime } from "@/lib/domain/dates";
import { formatHkd } from "@/lib/domain/money";
import { programmeKindLabels } from "@/lib/domain/programme-kinds";

export function ProgrammeOfficerHome({ data }: { data: ProgrammeOfficerHomeData }) {
  const openCallCount = data.programmes.reduce((sum, programme) => sum + programme.calls.length, 0);
  const awaitingCount = data.pipeline.reduce(
    (sum, call) => sum + call.counts.SUBMITTED + call.counts.SCREENING,
    0,
  );
  const { requestedDisbursements: requested } = data;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Programme overview"
        description="Calls, applications, cohort milestones and tranche requests."
      />
      <StatGrid>
        <Stat label="Open calls" value={openCallCount} tone="brand" />
        <Stat
          label="Awaiting screening"
          value={awaitingCount}
          hint="Submitted or in screening"
          tone={awaitingCount > 0 ? "warning" : "neutral"}
        />
        <Stat
          label="Overdue milestones"
          value={data.milestoneHealth.overdueCount}
          tone={data.milestoneHealth.overdueCount > 0 ? "danger" : "neutral"}
        />
        <Stat
          label="Tranches to approve"
          value={requested.count}
          hint={formatHkd(requested.totalCents)}
        />
      </StatGrid>

      <Card>
        <CardHeader title="Programmes and open calls" />
        {data.programmes.length === 0 ? (
          <CardBody>
            <EmptyState title="No active programmes.">
              Set up a programme, then publish its first call.
            </EmptyState>
          </CardBody>
        ) : (
          <ul className="divide-y divide-ink-100">
            {data.programmes.map((programme) => (
              <li
                key={programme.id}
                className="grid gap-3 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)] sm:px-5"
              >
                <div className="min-w-0">
                  <p className="font-medium text-ink-900">{programme.name}</p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-ink-500">
                    <Badge tone="neutral">{programmeKindLabels[programme.kind]}</Badge>
                    {programme._count.enrolments} start-ups in the active cohort
                  </p>
                </div>
                {programme.calls.length === 0 ? (
                  <p className="text-sm text-ink-500">No call open at the moment.</p>
                ) : (
                  <ul className="space-y-1.5">
                    {programme.calls.map((call) => (
                      <li
                        key={call.id}
                        className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm"
                      >
                        <span className="text-ink-800">{call.title}</span>
                        <span className="text-xs whitespace-nowrap text-ink-500">
                          closes {formatHkDateTime(call.closesAt)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card>
        <CardHeader
          title="Application pipeline"
          description="Submitted applications by call and status."
        />
        <ApplicationPipelineTable pipeline={data.pipeline} />
      </Card>

      <Card>
        <CardHeader
          title="Applications awaiting action"
          description="Oldest first: screen eligibility, then assign reviewers."
        />
        {data.awaitingAction.length === 0 ? (
          <CardBody>
            <EmptyState title="Nothing waiting for screening.">
              New submissions will appear here.
            </EmptyState>
          </CardBody>
        ) : (
          <ApplicationsAwaitingTable applications={data.awaitingAction} />
        )}
      </Card>

      <MilestoneHealthCard health={data.milestoneHealth} />

      <TrancheRequestsCard requested={requested} />
    </div>
  );
}
