import type { StartupMemberHomeData } from "@/lib/data/homes/startup-member-home";
import { ApplicationsList } from "@/components/applications/applications-list";
import { StartupGrantBalances } from "@/components/homes/startup-grant-balances";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DueDate } from "@/components/ui/due-date";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  actionItemOwnerSideLabels,
  coachingModeLabels,
  coachingTopicLabels,
} from "@/lib/domain/coaching-labels";
import { formatHkDateTime } from "@/lib/domain/dates";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";

export function StartupMemberHome({
  organisationSlug,
  startupName,
  startupNameZh,
  data,
}: {
  organisationSlug: string;
  startupName: string;
  startupNameZh: string | null;
  data: StartupMemberHomeData;
}) {
  const profile = data.profile;
  const description = [profile?.leadAsset, profile?.pipelineStage].filter(Boolean).join(" · ");
  return (
    <div className="space-y-6">
      <PageHeader
        title={startupName}
        titleZh={startupNameZh}
        description={description || undefined}
      />

      <Card>
        <CardHeader
          title="Applications"
          description="Every programme you have applied to, across operators."
        />
        {data.applications.length === 0 ? (
          <CardBody>
            <EmptyState title="You have not applied to a programme yet.">
              Open calls are listed on the Incubase home page; start a draft from there.
            </EmptyState>
          </CardBody>
        ) : (
          <ApplicationsList
            organisation={organisationSlug}
            applications={data.applications}
            caption="Applications"
          />
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Next milestones" />
          <CardBody>
            {data.milestones.length === 0 ? (
              <EmptyState title="No open milestones.">
                Milestones are agreed with your programme officer when you enrol.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.milestones.map((milestone) => (
                  <li
                    key={milestone.id}
                    className="flex items-start justify-between gap-3 py-2.5 first:pt-0 last:pb-0"
                  >
                    <div className="min-w-0">
                      <p className="text-sm font-medium text-ink-900">{milestone.title}</p>
                      <p className="text-xs text-ink-500">
                        {milestoneCategoryLabels[milestone.category]} ·{" "}
                        {milestone.enrolment.programme.name} ·{" "}
                        <DueDate
                          dueOn={milestone.dueOn}
                          today={data.today}
                          isOpen={milestone.status !== "SUBMITTED"}
                        />
                      </p>
                    </div>
                    <StatusBadge kind="milestone" status={milestone.status} />
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader title="Open action items" description="From your coaching sessions." />
          <CardBody>
            {data.actionItems.length === 0 ? (
              <EmptyState title="Nothing open.">
                Action items agreed with your mentor will be listed here.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.actionItems.map((item) => (
                  <li key={item.id} className="py-2.5 first:pt-0 last:pb-0">
                    <p className="text-sm text-ink-900">{item.description}</p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-ink-500">
                      <Badge tone={item.ownerSide === "STARTUP" ? "warning" : "neutral"}>
                        {actionItemOwnerSideLabels[item.ownerSide]}
                      </Badge>
                      {item.owner ? <span>{item.owner.name}</span> : null}
                      {item.dueOn ? <DueDate dueOn={item.dueOn} today={data.today} /> : null}
                      <span>with {item.coachingSession.mentor.name}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>

      <StartupGrantBalances grants={data.grants} />

      <Card>
        <CardHeader title="Upcoming coaching sessions" />
        <CardBody>
          {data.sessions.length === 0 ? (
            <EmptyState title="No sessions scheduled.">
              Your mentor schedules sessions; ask them for the next slot.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-ink-100">
              {data.sessions.map((session) => (
                <li
                  key={session.id}
                  className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 py-2.5 first:pt-0 last:pb-0"
                >
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-ink-900">
                      {formatHkDateTime(session.startsAt)} · {session.durationMinutes} min
                    </p>
                    <p className="text-xs text-ink-500">
                      {session.mentor.name} · {coachingModeLabels[session.mode]} ·{" "}
                      {session.enrolment.programme.name}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-1.5">
                    {session.topics.map((topic) => (
                      <Badge key={topic} tone="neutral">
                        {coachingTopicLabels[topic]}
                      </Badge>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
