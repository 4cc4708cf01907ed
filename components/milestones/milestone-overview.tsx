import Link from "next/link";
import type {
  MilestoneOverview,
  MilestoneQueueItem,
} from "@/lib/data/milestones/list-milestone-plans";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import { milestonePath, milestonePlanPath } from "@/lib/domain/milestone-paths";
import { MilestoneDue } from "./milestone-due";
import type { MilestoneViewerSide } from "./milestone-plan-view";

/** The milestones home: what needs attention first, then every plan with its progress. */
export function MilestoneOverviewView({
  organisationSlug,
  overview,
  side,
  now,
}: {
  organisationSlug: string;
  overview: MilestoneOverview;
  side: MilestoneViewerSide;
  now: Date;
}) {
  const { plans, queue } = overview;
  const showsStartup = side !== "STARTUP";
  const plansCard = (
    <Card>
      <CardHeader
        title={side === "STARTUP" ? "Your milestone plans" : "Milestone plans"}
        description={
          side === "MENTOR"
            ? "The start-ups assigned to you."
            : side === "STARTUP"
              ? "One plan per programme you are enrolled in."
              : "Every start-up enrolled in your programmes."
        }
      />
      {plans.length === 0 ? (
        <CardBody>
          <EmptyState
            title={
              side === "STARTUP"
                ? "You are not enrolled in a programme yet."
                : side === "MENTOR"
                  ? "No start-ups are assigned to you yet."
                  : "No start-ups are enrolled yet."
            }
          >
            {side === "STARTUP"
              ? "Once an application is accepted, its milestone plan appears here."
              : "Plans appear here once start-ups are enrolled."}
          </EmptyState>
        </CardBody>
      ) : (
        <ul className="divide-y divide-ink-100">
          {plans.map((plan) => (
            <li key={plan.id} className="px-4 py-3 sm:px-5">
              <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                <div className="min-w-0">
                  <Link
                    href={milestonePlanPath(organisationSlug, plan.id)}
                    className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
                  >
                    {showsStartup ? plan.startup.name : plan.programme.name}
                  </Link>
                  <p className="text-xs text-ink-500">
                    {showsStartup ? plan.programme.name : plan.organisation.name} · since{" "}
                    {formatHkDate(plan.startsOn)}
                  </p>
                </div>
                <StatusBadge kind="enrolment" status={plan.status} />
              </div>
              <div className="mt-2 grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] sm:items-center">
                <div className="space-y-1">
                  <p className="text-xs text-ink-600">
                    {plan.summary.achieved} of {plan.summary.total} achieved
                    {plan.summary.overdue > 0 ? (
                      <span className="font-medium text-red-700">
                        {" "}
                        · {plan.summary.overdue} overdue
                      </span>
                    ) : null}
                  </p>
                  <ProgressBar
                    label={`${plan.startup.name}: milestones achieved`}
                    value={plan.summary.achieved}
                    max={plan.summary.total}
                  />
                </div>
                {plan.status !== "ACTIVE" ? (
                  <p className="text-xs text-ink-500">
                    The enrolment has ended; the plan is read-only.
                  </p>
                ) : plan.next ? (
                  <p className="text-xs text-ink-600">
                    Next: {plan.next.title} ·{" "}
                    <MilestoneDue dueOn={plan.next.dueOn} status={plan.next.status} now={now} />
                  </p>
                ) : (
                  <p className="text-xs text-ink-500">
                    {plan.summary.total === 0 ? "No milestones planned yet." : "Nothing open."}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
  return (
    <div className="space-y-6">
      {side === "STARTUP" ? plansCard : null}
      {side === "STARTUP" ? null : (
        <QueueCard
          title={side === "MENTOR" ? "Sign-offs requested" : "Evidence to assess"}
          description={
            side === "MENTOR"
              ? "Evidence submitted by your start-ups that needs your sign-off before the programme team can accept it."
              : "Submitted evidence, oldest first."
          }
          empty={
            side === "MENTOR"
              ? "No sign-offs waiting for you."
              : "No evidence is waiting for assessment."
          }
          items={queue.waiting}
          organisationSlug={organisationSlug}
          showsStartup={showsStartup}
          now={now}
          showSubmitted
        />
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <QueueCard
          title="Overdue"
          description="Past their due date (Hong Kong time) and not achieved."
          empty="Nothing is overdue."
          items={queue.overdue}
          organisationSlug={organisationSlug}
          showsStartup={showsStartup}
          now={now}
        />
        <QueueCard
          title="Due in the next 14 days"
          empty="Nothing is due in the next two weeks."
          items={queue.dueSoon}
          organisationSlug={organisationSlug}
          showsStartup={showsStartup}
          now={now}
        />
      </div>
      {side === "STARTUP" ? null : plansCard}
    </div>
  );
}

function QueueCard({
  title,
  description,
  empty,
  items,
  organisationSlug,
  showsStartup,
  now,
  showSubmitted = false,
}: {
  title: string;
  description?: string;
  empty: string;
  items: MilestoneQueueItem[];
  organisationSlug: string;
  showsStartup: boolean;
  now: Date;
  showSubmitted?: boolean;
}) {
  return (
    <Card>
      <CardHeader
        title={title}
        description={description}
        action={<span className="text-ink-500 tabular-nums">{items.length}</span>}
      />
      {items.length === 0 ? (
        <CardBody>
          <p className="text-sm text-ink-500">{empty}</p>
        </CardBody>
      ) : (
        <ul className="divide-y divide-ink-100">
          {items.map((item) => (
            <li key={item.id} className="px-4 py-2.5 sm:px-5">
              <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                <Link
                  href={milestonePath(organisationSlug, item.enrolment.id, item.id)}
                  className="min-w-0 text-sm font-medium text-ink-900 hover:text-brand-700 hover:underline"
                >
                  {item.title}
                </Link>
                <StatusBadge kind="milestone" status={item.status} />
              </div>
              <p className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-ink-500">
                {showsStartup ? <span>{item.enrolment.startup.name}</span> : null}
                <span>{milestoneCategoryLabels[item.category]}</span>
                {showSubmitted && item.submittedAt ? (
                  <span>submitted {formatHkDateTime(item.submittedAt)}</span>
                ) : (
                  <MilestoneDue dueOn={item.dueOn} status={item.status} now={now} />
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
