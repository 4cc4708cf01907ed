import Link from "next/link";
import type { MilestonePlanData } from "@/lib/data/milestones/get-milestone-plan";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatHkDate } from "@/lib/domain/dates";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import { milestonePath } from "@/lib/domain/milestone-paths";
import { AddMilestones } from "./add-milestones";
import { MilestoneDue } from "./milestone-due";
import { ReorderButtons } from "./reorder-buttons";

export type MilestoneViewerSide = "STARTUP" | "OFFICER" | "MENTOR";

/**
 * An enrolment's milestone plan: progress, then each milestone in plan order with its due
 * date (overdue in red, due soon in amber), status and sign-off; the start-up and the officer
 * reorder it and add milestones from pathway templates or by hand.
 */
export function MilestonePlanView({
  organisationSlug,
  plan,
  side,
  now,
}: {
  organisationSlug: string;
  plan: MilestonePlanData;
  side: MilestoneViewerSide;
  now: Date;
}) {
  const { enrolment, milestones, summary } = plan;
  const canPlan = side !== "MENTOR" && enrolment.status === "ACTIVE";
  const order = milestones.map((milestone) => milestone.id);
  const needsSignOff = milestones.some(
    (m) => m.requiresMentorSignOff && m.status !== "ACHIEVED" && m.status !== "MISSED",
  );
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Milestone plan"
          description={`${enrolment.programme.name} · enrolled ${formatHkDate(enrolment.startsOn)}`}
          action={
            summary.total > 0 ? (
              <span className="text-ink-600">
                {summary.achieved} of {summary.total} achieved
              </span>
            ) : null
          }
        />
        {summary.total > 0 ? (
          <div className="space-y-3 border-b border-ink-100 px-4 py-3 sm:px-5">
            <ProgressBar
              label={`${enrolment.startup.name}: milestones achieved`}
              value={summary.achieved}
              max={summary.total}
            />
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Plan summary">
              <li className={summary.overdue > 0 ? "font-medium text-red-700" : "text-ink-600"}>
                {summary.overdue} overdue
              </li>
              <li className={summary.dueSoon > 0 ? "font-medium text-amber-700" : "text-ink-600"}>
                {summary.dueSoon} due in the next 14 days
              </li>
              <li className="text-ink-600">{summary.awaitingAssessment} waiting for assessment</li>
            </ul>
            {needsSignOff && enrolment.mentors.length === 0 ? (
              <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                Some milestones need a mentor&apos;s sign-off, and no mentor is assigned to this
                start-up yet. The programme team assigns one.
              </p>
            ) : null}
          </div>
        ) : null}
        {milestones.length === 0 ? (
          <CardBody>
            <EmptyState title="No milestones planned yet.">
              {canPlan
                ? "Start from the pathway templates below (pre-IND meeting, IND filing, first patient dosed…) or write your own."
                : "The start-up and the programme officer plan the milestones."}
            </EmptyState>
          </CardBody>
        ) : (
          <ol className="divide-y divide-ink-100" aria-label="Milestones in plan order">
            {milestones.map((milestone, index) => (
              <li
                key={milestone.id}
                className="flex items-start gap-3 px-4 py-3 sm:px-5"
                aria-label={milestone.title}
              >
                <span className="mt-0.5 w-6 shrink-0 text-right text-sm text-ink-400 tabular-nums">
                  {index + 1}
                </span>
                <div className="min-w-0 flex-1 space-y-1.5">
                  <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                    <Link
                      href={milestonePath(organisationSlug, enrolment.id, milestone.id)}
                      className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
                    >
                      {milestone.title}
                    </Link>
                    <StatusBadge kind="milestone" status={milestone.status} />
                  </div>
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-500">
                    <MilestoneDue dueOn={milestone.dueOn} status={milestone.status} now={now} />
                    <span>{milestoneCategoryLabels[milestone.category]}</span>
                    {milestone.requiresMentorSignOff ? (
                      milestone.mentorSignedOffAt ? (
                        <Badge tone="success">Mentor signed off</Badge>
                      ) : (
                        <Badge tone="muted">Mentor sign-off required</Badge>
                      )
                    ) : null}
                    {milestone.evidenceCount > 0 ? (
                      <span>
                        {milestone.evidenceCount} evidence{" "}
                        {milestone.evidenceCount === 1 ? "submission" : "submissions"}
                      </span>
                    ) : null}
                  </div>
                </div>
                {canPlan && milestones.length > 1 ? (
                  <ReorderButtons
                    organisation={organisationSlug}
                    enrolmentId={enrolment.id}
                    order={order}
                    milestoneId={milestone.id}
                    title={milestone.title}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Card>
      {canPlan ? (
        <AddMilestones
          organisation={organisationSlug}
          enrolmentId={enrolment.id}
          enrolmentStartsOn={enrolment.startsOn.toISOString().slice(0, 10)}
          templates={plan.templates.map((template) => ({
            ...template,
            defaultDueOn: new Date(
              enrolment.startsOn.getTime() + template.defaultOffsetDays * 86_400_000,
            )
              .toISOString()
              .slice(0, 10),
          }))}
          isOfficer={side === "OFFICER"}
        />
      ) : null}
    </div>
  );
}
