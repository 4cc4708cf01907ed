import type { MentorHomeData, MentorStartup } from "@/lib/data/homes/mentor-home";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DueDate } from "@/components/ui/due-date";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { actionItemOwnerSideLabels, coachingModeLabels } from "@/lib/domain/coaching-labels";
import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";
import { focusAreaLabels } from "@/lib/domain/focus-areas";

export function MentorHome({ data }: { data: MentorHomeData }) {
  return (
    <div className="space-y-6">
      <PageHeader
        title="My start-ups"
        description="The start-ups assigned to you, your sessions with them and what is still open."
      />
      <StatGrid columns={3}>
        <Stat label="Assigned start-ups" value={data.startups.length} tone="brand" />
        <Stat label="Upcoming sessions" value={data.upcomingSessionCount} />
        <Stat
          label="Open action items"
          value={data.openActionItemCount}
          tone={data.openActionItemCount > 0 ? "warning" : "neutral"}
        />
      </StatGrid>
      {data.startups.length === 0 ? (
        <EmptyState title="No start-ups are assigned to you yet.">
          The programme office assigns mentors after each intake. You will see your start-ups here
          as soon as they do.
        </EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {data.startups.map((startup) => (
            <MentorStartupCard key={startup.assignmentId} startup={startup} today={data.today} />
          ))}
        </div>
      )}
    </div>
  );
}

function MentorStartupCard({ startup, today }: { startup: MentorStartup; today: Date }) {
  const profile = startup.startup.startupProfile;
  return (
    <Card className="flex flex-col">
      <CardHeader
        title={
          <>
            {startup.startup.name}
            {startup.startup.nameZh ? (
              <span
                className="block text-sm font-normal text-ink-500 sm:ml-1.5 sm:inline"
                lang="zh-HK"
              >
                {startup.startup.nameZh}
              </span>
            ) : null}
          </>
        }
        description={`${startup.programmeName} · assigned since ${formatHkDate(startup.assignedSince)}`}
      />
      <CardBody className="flex-1 space-y-4">
        {profile ? (
          <div className="space-y-2">
            {profile.leadAsset ? (
              <p className="text-sm text-ink-700">
                <span className="text-ink-500">Lead asset:</span> {profile.leadAsset}
                {profile.pipelineStage ? (
                  <span className="text-ink-500"> · {profile.pipelineStage}</span>
                ) : null}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-1.5">
              {profile.focusAreas.map((area) => (
                <Badge key={area} tone="brand">
                  {focusAreaLabels[area]}
                </Badge>
              ))}
            </div>
          </div>
        ) : null}
        <dl className="grid grid-cols-2 gap-3 rounded-md bg-ink-50 px-3 py-2.5 text-sm">
          <div>
            <dt className="text-xs text-ink-500">Last session</dt>
            <dd className="font-medium text-ink-800">
              {startup.lastSessionAt ? formatHkDate(startup.lastSessionAt) : "None yet"}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-ink-500">Next session</dt>
            <dd className="font-medium text-ink-800">
              {startup.nextSession ? (
                <>
                  {formatHkDateTime(startup.nextSession.startsAt)}
                  <span className="block text-xs font-normal text-ink-500">
                    {coachingModeLabels[startup.nextSession.mode]}
                  </span>
                </>
              ) : (
                "Not scheduled"
              )}
            </dd>
          </div>
        </dl>
        <div>
          <h3 className="mb-1.5 text-sm font-medium text-ink-800">
            Open action items ({startup.openActionItems.length})
          </h3>
          {startup.openActionItems.length === 0 ? (
            <p className="text-sm text-ink-500">Nothing open from your sessions.</p>
          ) : (
            <ul className="space-y-1.5">
              {startup.openActionItems.map((item) => (
                <li key={item.id} className="text-sm">
                  <p className="text-ink-800">{item.description}</p>
                  <p className="text-xs text-ink-500">
                    {item.owner?.name ?? actionItemOwnerSideLabels[item.ownerSide]}
                    {item.dueOn ? (
                      <>
                        {" · "}
                        <DueDate dueOn={item.dueOn} today={today} />
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
