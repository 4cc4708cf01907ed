import type {
  PartnerCohortStartup,
  PartnerMemberHomeData,
} from "@/lib/data/homes/partner-member-home";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { formatHkDate } from "@/lib/domain/dates";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { programmeKindLabels } from "@/lib/domain/programme-kinds";

export function PartnerMemberHome({ data }: { data: PartnerMemberHomeData }) {
  return (
    <div className="space-y-6">
      <PageHeader
        title="Co-incubation cohort"
        description="Start-ups in the programmes you co-run. Milestones appear only where a start-up has chosen to share them with you."
      />
      {data.programmes.length === 0 ? (
        <EmptyState title="Your organisation is not linked to a programme yet.">
          The operator links partners to co-incubation programmes. Ask your programme contact to add
          you.
        </EmptyState>
      ) : (
        data.programmes.map((programme) => (
          <Card key={programme.id}>
            <CardHeader
              title={
                <>
                  {programme.name}
                  {programme.nameZh ? (
                    <span
                      className="block text-sm font-normal text-ink-500 sm:ml-1.5 sm:inline"
                      lang="zh-HK"
                    >
                      {programme.nameZh}
                    </span>
                  ) : null}
                </>
              }
              description={`${programme.organisation.name} · ${programmeKindLabels[programme.kind]} · ${programme.startups.length} active start-ups`}
            />
            {programme.focusAreas.length > 0 ? (
              <div className="flex flex-wrap gap-1.5 border-b border-ink-100 px-4 py-2.5 sm:px-5">
                {programme.focusAreas.map((area) => (
                  <Badge key={area} tone="brand">
                    {focusAreaLabels[area]}
                  </Badge>
                ))}
              </div>
            ) : null}
            {programme.startups.length === 0 ? (
              <CardBody>
                <EmptyState title="No active start-ups in this cohort yet.">
                  Start-ups appear here once the operator enrols them.
                </EmptyState>
              </CardBody>
            ) : (
              <Table caption={`${programme.name} cohort`}>
                <TableHead>
                  <tr>
                    <TableHeaderCell>Start-up</TableHeaderCell>
                    <TableHeaderCell className="hidden md:table-cell">Lead asset</TableHeaderCell>
                    <TableHeaderCell className="hidden md:table-cell">
                      Milestone progress
                    </TableHeaderCell>
                  </tr>
                </TableHead>
                <TableBody>
                  {programme.startups.map((entry) => (
                    <TableRow key={entry.enrolmentId}>
                      <TableCell className="min-w-44">
                        <span className="font-medium text-ink-900">{entry.startup.name}</span>
                        {entry.startup.nameZh ? (
                          <span className="block text-xs text-ink-500" lang="zh-HK">
                            {entry.startup.nameZh}
                          </span>
                        ) : null}
                        <span className="block text-xs text-ink-500">
                          Since {formatHkDate(entry.startsOn)}
                        </span>
                        <div className="mt-2 space-y-2 md:hidden">
                          {entry.startup.startupProfile?.leadAsset ? (
                            <p className="text-xs text-ink-600">
                              {entry.startup.startupProfile.leadAsset}
                            </p>
                          ) : null}
                          <MilestoneProgressCell entry={entry} />
                        </div>
                      </TableCell>
                      <TableCell className="hidden min-w-44 md:table-cell">
                        {entry.startup.startupProfile?.leadAsset ?? "—"}
                        {entry.startup.startupProfile?.pipelineStage ? (
                          <span className="block text-xs text-ink-500">
                            {entry.startup.startupProfile.pipelineStage}
                          </span>
                        ) : null}
                      </TableCell>
                      <TableCell className="hidden min-w-64 md:table-cell">
                        <MilestoneProgressCell entry={entry} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Card>
        ))
      )}
    </div>
  );
}

function MilestoneProgressCell({ entry }: { entry: PartnerCohortStartup }) {
  const progress = entry.milestoneProgress;
  if (!progress) {
    return (
      <div>
        <Badge tone="muted">Not shared</Badge>
        <p className="mt-1 text-xs text-ink-500">
          This start-up has not shared milestones with you.
        </p>
      </div>
    );
  }
  if (progress.total === 0)
    return <span className="text-sm text-ink-500">Shared · no milestones planned yet</span>;
  return (
    <div className="space-y-1.5">
      <div className="flex items-center justify-between gap-3 text-xs text-ink-600">
        <span>
          {progress.achieved} of {progress.total} achieved
        </span>
        {progress.overdue > 0 ? (
          <span className="font-medium text-red-700">{progress.overdue} overdue</span>
        ) : null}
      </div>
      <ProgressBar
        label={`${entry.startup.name} milestones achieved`}
        value={progress.achieved}
        max={progress.total}
      />
      {progress.achieved === progress.total ? (
        <p className="text-xs font-medium text-emerald-700">All milestones achieved</p>
      ) : null}
      {progress.next ? (
        <div className="text-xs text-ink-600">
          <p>Next: {progress.next.title}</p>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-ink-500">
            <span>due {formatHkDate(progress.next.dueOn)}</span>
            <StatusBadge kind="milestone" status={progress.next.status} />
          </p>
        </div>
      ) : null}
    </div>
  );
}
