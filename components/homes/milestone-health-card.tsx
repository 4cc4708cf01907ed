import type { ProgrammeOfficerHomeData } from "@/lib/data/homes/programme-officer-home";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatHkDate } from "@/lib/domain/dates";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";

/** Cohort milestone health: overdue, due soon, evidence waiting, and the overdue list. */
export function MilestoneHealthCard({
  health,
}: {
  health: ProgrammeOfficerHomeData["milestoneHealth"];
}) {
  const figures = [
    {
      label: "Overdue",
      value: health.overdueCount,
      className: health.overdueCount > 0 ? "text-red-700" : "text-ink-900",
    },
    {
      label: `Due in ${health.dueSoonDays} days`,
      value: health.dueSoonCount,
      className: "text-amber-700",
    },
    { label: "Evidence to assess", value: health.evidenceCount, className: "text-brand-700" },
  ];
  return (
    <Card>
      <CardHeader
        title="Cohort milestone health"
        description="Active enrolments only; achieved and missed milestones are closed."
      />
      <CardBody className="space-y-4">
        <dl className="grid grid-cols-3 divide-x divide-ink-100 rounded-md border border-ink-200">
          {figures.map((figure) => (
            <div key={figure.label} className="px-3 py-2 text-center">
              <dt className="text-xs text-ink-500">{figure.label}</dt>
              <dd className={`text-xl font-semibold tabular-nums ${figure.className}`}>
                {figure.value}
              </dd>
            </div>
          ))}
        </dl>
        {health.overdue.length === 0 ? (
          <EmptyState title="No overdue milestones.">The cohort is on schedule.</EmptyState>
        ) : (
          <div>
            <h3 className="mb-2 text-sm font-medium text-ink-800">
              Overdue, oldest first
              {health.overdueCount > health.overdue.length
                ? ` (showing ${health.overdue.length} of ${health.overdueCount})`
                : ""}
            </h3>
            <ul className="divide-y divide-ink-100 rounded-md border border-ink-200">
              {health.overdue.map((milestone) => (
                <li
                  key={milestone.id}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-3 py-2"
                >
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-ink-900">{milestone.title}</p>
                    <p className="text-xs text-ink-500">
                      {milestone.enrolment.startup.name} · {milestone.enrolment.programme.name} ·{" "}
                      {milestoneCategoryLabels[milestone.category]}
                    </p>
                  </div>
                  <div className="flex items-center gap-2">
                    <span className="text-xs whitespace-nowrap text-red-700">
                      due {formatHkDate(milestone.dueOn)}
                    </span>
                    <StatusBadge kind="milestone" status={milestone.status} />
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
