import type { Metadata } from "next";
import Link from "next/link";
import { ActionItemToggle } from "@/components/coaching/action-item-toggle";
import { CalendarLink } from "@/components/coaching/calendar-link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DueDate } from "@/components/ui/due-date";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listMentorStartups } from "@/lib/data/coaching/list-mentor-startups";
import {
  actionItemOwnerSideLabels,
  coachingModeLabels,
  coachingTopicLabels,
} from "@/lib/domain/coaching-labels";
import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Mentoring" };

/** The mentor's desk: assigned start-ups, sessions to write up, upcoming ones, open items. */
export default async function MentoringPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "coaching.log");
  const desk = await listMentorStartups(organisation.id, user.id);
  const base = `/${organisation.slug}/mentoring`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeader
          title="Mentoring"
          description="Your start-ups, the sessions to write up and what each side still owes."
        />
        <Link
          href={`${base}/profile`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          Your mentor profile →
        </Link>
      </div>
      <StatGrid>
        <Stat label="Start-ups" value={desk.startups.length} tone="brand" />
        <Stat
          label="To write up"
          value={desk.toLog.length}
          tone={desk.toLog.length > 0 ? "warning" : "neutral"}
        />
        <Stat label="Upcoming" value={desk.upcoming.length} />
        <Stat
          label="Open action items"
          value={desk.actionItems.length}
          tone={desk.actionItems.length > 0 ? "warning" : "neutral"}
        />
      </StatGrid>

      {desk.toLog.length > 0 ? (
        <Card>
          <CardHeader
            title="Sessions to write up"
            description="Their time has passed: log what happened so the start-up can confirm it."
          />
          <ul className="divide-y divide-ink-100">
            {desk.toLog.map((session) => (
              <li
                key={session.id}
                className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-5"
              >
                <div>
                  <p className="font-medium text-ink-900">{session.startupName}</p>
                  <p className="text-sm text-ink-600">
                    {formatHkDateTime(session.startsAt)} · {coachingModeLabels[session.mode]}
                  </p>
                </div>
                <ButtonLink
                  href={`${base}/${session.enrolmentId}/log?session=${session.id}`}
                  size="sm"
                >
                  Log session
                </ButtonLink>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader title="Your start-ups" />
          {desk.startups.length === 0 ? (
            <CardBody>
              <EmptyState title="No start-ups are assigned to you yet.">
                The programme office assigns mentors after each intake. Keep your{" "}
                <Link href={`${base}/profile`} className="text-brand-700 hover:underline">
                  profile
                </Link>{" "}
                current so they can match you well.
              </EmptyState>
            </CardBody>
          ) : (
            <ul className="divide-y divide-ink-100">
              {desk.startups.map((startup) => (
                <li key={startup.assignmentId} className="space-y-2 px-4 py-4 sm:px-5">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <Link
                        href={`${base}/${startup.enrolmentId}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {startup.startup.name}
                      </Link>
                      <p className="text-xs text-ink-500">
                        {startup.programmeName}
                        {startup.startup.startupProfile?.pipelineStage
                          ? ` · ${startup.startup.startupProfile.pipelineStage}`
                          : ""}
                      </p>
                    </div>
                    <ButtonLink
                      href={`${base}/${startup.enrolmentId}/log`}
                      size="sm"
                      variant="secondary"
                    >
                      Log a session
                    </ButtonLink>
                  </div>
                  {startup.supportNeeds.length > 0 ? (
                    <div className="flex flex-wrap gap-1.5">
                      {startup.supportNeeds.map((need) => (
                        <Badge key={need} tone="brand">
                          {coachingTopicLabels[need]}
                        </Badge>
                      ))}
                    </div>
                  ) : null}
                  <dl className="grid grid-cols-3 gap-2 text-sm">
                    <div>
                      <dt className="text-xs text-ink-500">Last session</dt>
                      <dd className="text-ink-800">
                        {startup.lastSessionAt ? formatHkDate(startup.lastSessionAt) : "None yet"}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-xs text-ink-500">Next</dt>
                      <dd className="text-ink-800">
                        {startup.nextSession
                          ? formatHkDate(startup.nextSession.startsAt)
                          : "Not scheduled"}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-xs text-ink-500">Open items</dt>
                      <dd className="text-ink-800">{startup.openActionItemCount}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader
              title="Upcoming"
              action={
                desk.upcoming.length > 0 ? <CalendarLink organisation={organisation.slug} /> : null
              }
            />
            {desk.upcoming.length === 0 ? (
              <CardBody>
                <p className="text-sm text-ink-500">
                  Nothing scheduled. Plan the next session from a start-up&apos;s page.
                </p>
              </CardBody>
            ) : (
              <ul className="divide-y divide-ink-100">
                {desk.upcoming.map((session) => (
                  <li
                    key={session.id}
                    className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm sm:px-5"
                  >
                    <span>
                      <span className="block font-medium text-ink-900">{session.startupName}</span>
                      <span className="text-ink-600">
                        {formatHkDateTime(session.startsAt)} · {coachingModeLabels[session.mode]}
                      </span>
                    </span>
                    <CalendarLink organisation={organisation.slug} sessionId={session.id} />
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card>
            <CardHeader title="Open action items" description="From your sessions" />
            {desk.actionItems.length === 0 ? (
              <CardBody>
                <p className="text-sm text-ink-500">Nothing open.</p>
              </CardBody>
            ) : (
              <ul className="divide-y divide-ink-100">
                {desk.actionItems.map((item) => (
                  <li key={item.id} className="px-4 py-3 text-sm sm:px-5">
                    {item.ownerSide === "MENTOR" ? (
                      <ActionItemToggle
                        organisation={organisation.slug}
                        actionItemId={item.id}
                        description={item.description}
                        isDone={false}
                      />
                    ) : (
                      <p className="text-ink-800">{item.description}</p>
                    )}
                    <p
                      className={`text-xs text-ink-500 ${item.ownerSide === "MENTOR" ? "ml-6.5" : ""}`}
                    >
                      {item.startupName} ·{" "}
                      {item.ownerSide === "MENTOR"
                        ? "yours"
                        : (item.owner?.name ?? actionItemOwnerSideLabels[item.ownerSide])}
                      {item.dueOn ? (
                        <>
                          {" · "}
                          <DueDate dueOn={item.dueOn} today={desk.today} />
                        </>
                      ) : null}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          {desk.awaitingConfirmation.length > 0 ? (
            <Card>
              <CardHeader
                title="Waiting for the start-up"
                description="Logged, not yet confirmed by the team"
              />
              <ul className="divide-y divide-ink-100">
                {desk.awaitingConfirmation.map((session) => (
                  <li key={session.id} className="px-4 py-3 text-sm sm:px-5">
                    <span className="font-medium text-ink-900">{session.startupName}</span>
                    <span className="text-ink-600"> · {formatHkDate(session.startsAt)}</span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
