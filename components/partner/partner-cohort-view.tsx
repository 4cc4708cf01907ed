import Link from "next/link";
import type { PartnerCohort, PartnerCohortEntry } from "@/lib/data/partner/list-partner-cohort";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatHkDate } from "@/lib/domain/dates";
import { partnerStartupPath } from "@/lib/domain/milestone-paths";
import { MilestoneDue } from "@/components/milestones/milestone-due";
import { SharedCategories } from "./shared-categories";

/** The partner's co-incubation cohort: per programme, each start-up with what it shares. */
export function PartnerCohortView({
  partnerSlug,
  cohort,
  now,
}: {
  partnerSlug: string;
  cohort: PartnerCohort;
  now: Date;
}) {
  if (cohort.length === 0) {
    return (
      <EmptyState title="Your organisation is not linked to a programme yet.">
        The operator links partners to co-incubation programmes. Ask your programme contact to add
        you.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-6">
      {cohort.map((programme) => (
        <Card key={programme.id}>
          <CardHeader
            title={programme.name}
            description={`${programme.organisation.name} · ${programme.startups.length} start-up${programme.startups.length === 1 ? "" : "s"}`}
          />
          {programme.startups.length === 0 ? (
            <CardBody>
              <EmptyState title="No start-ups in this cohort yet.">
                Start-ups appear here once the operator enrols them.
              </EmptyState>
            </CardBody>
          ) : (
            <ul className="divide-y divide-ink-100">
              {programme.startups.map((entry) => (
                <CohortRow
                  key={entry.enrolmentId}
                  entry={entry}
                  partnerSlug={partnerSlug}
                  now={now}
                />
              ))}
            </ul>
          )}
        </Card>
      ))}
    </div>
  );
}

function CohortRow({
  entry,
  partnerSlug,
  now,
}: {
  entry: PartnerCohortEntry;
  partnerSlug: string;
  now: Date;
}) {
  const progress = entry.milestones;
  return (
    <li className="grid gap-3 px-4 py-4 sm:px-5 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            href={partnerStartupPath(partnerSlug, entry.startupId)}
            className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
          >
            {entry.startup.name}
          </Link>
          {entry.status !== "ACTIVE" ? (
            <StatusBadge kind="enrolment" status={entry.status} />
          ) : null}
        </div>
        {entry.startup.nameZh ? (
          <p className="text-xs text-ink-500" lang="zh-HK">
            {entry.startup.nameZh}
          </p>
        ) : null}
        <p className="text-xs text-ink-500">
          {[entry.startup.leadAsset, entry.startup.pipelineStage].filter(Boolean).join(" · ") ||
            "No pipeline details"}
          {" · "}since {formatHkDate(entry.startsOn)}
        </p>
        <SharedCategories shared={entry.shared} />
      </div>
      <div className="min-w-0">
        {!progress ? (
          <p className="text-sm text-ink-500">Milestones are not shared with you.</p>
        ) : progress.summary.total === 0 ? (
          <p className="text-sm text-ink-500">Shared · no milestones planned yet.</p>
        ) : (
          <div className="space-y-2">
            <div className="flex items-center justify-between gap-3 text-xs text-ink-600">
              <span>
                {progress.summary.achieved} of {progress.summary.total} achieved
              </span>
              {progress.summary.overdue > 0 ? (
                <span className="font-medium text-red-700">{progress.summary.overdue} overdue</span>
              ) : null}
            </div>
            <ProgressBar
              label={`${entry.startup.name}: milestones achieved`}
              value={progress.summary.achieved}
              max={progress.summary.total}
            />
            {progress.upcoming.length > 0 ? (
              <ul
                className="space-y-1 text-xs text-ink-600"
                aria-label={`${entry.startup.name}: upcoming milestones`}
              >
                {progress.upcoming.map((milestone) => (
                  <li key={milestone.id} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                    <span className="font-medium text-ink-800">{milestone.title}</span>
                    <MilestoneDue dueOn={milestone.dueOn} status={milestone.status} now={now} />
                    <StatusBadge kind="milestone" status={milestone.status} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-xs font-medium text-emerald-700">
                Nothing open: every milestone is closed.
              </p>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
