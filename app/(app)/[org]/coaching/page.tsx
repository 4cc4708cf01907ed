import type { Metadata } from "next";
import { ActionItemToggle } from "@/components/coaching/action-item-toggle";
import { CalendarLink } from "@/components/coaching/calendar-link";
import { ConfirmSessionButton } from "@/components/coaching/confirm-session-button";
import { SessionCard } from "@/components/coaching/session-card";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DueDate } from "@/components/ui/due-date";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import {
  listStartupCoaching,
  type StartupCoaching,
} from "@/lib/data/coaching/list-startup-coaching";
import { actionItemOwnerSideLabels } from "@/lib/domain/coaching-labels";
import { formatHkDate } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Coaching" };

/** The founder's coaching: mentors, sessions to confirm, action items, upcoming and past sessions. */
export default async function CoachingPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "coaching.confirm");
  const coaching = await listStartupCoaching(organisation.id);
  const slug = organisation.slug;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Coaching"
        description="Your mentors' sessions, what you agreed, and what is still to do."
      />

      {coaching.mentors.length === 0 && coaching.past.length === 0 ? (
        <EmptyState title="No mentor yet.">
          Once you are enrolled in a programme, the programme team assigns you a mentor. Their
          sessions and the actions you agree will appear here.
        </EmptyState>
      ) : null}

      {coaching.toConfirm.length > 0 ? (
        <Card>
          <CardHeader
            title="Confirm your sessions"
            description="Your mentor wrote these up. Confirm they took place; tell the programme team if something is wrong."
          />
          <div className="divide-y divide-ink-100">
            {coaching.toConfirm.map((session) => (
              <SessionCard
                key={session.id}
                session={session}
                heading={`With ${session.mentor.name}`}
                today={coaching.today}
                organisation={slug}
                tickSide="STARTUP"
                actions={<ConfirmSessionButton organisation={slug} sessionId={session.id} />}
              />
            ))}
          </div>
        </Card>
      ) : null}

      {/* On a phone the columns dissolve (display: contents) and `order` puts the next session
          between the action items and the history; on a wide screen it sits in the side column. */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-5 lg:items-start">
        <div className="contents lg:col-span-3 lg:block lg:space-y-6">
          <Card className="order-1">
            <CardHeader
              title="Action items"
              description={`${coaching.openActionItems.length} open`}
            />
            {coaching.openActionItems.length === 0 ? (
              <CardBody>
                <p className="text-sm text-ink-500">
                  Nothing open. Items you agree with your mentor appear here with their due dates.
                </p>
              </CardBody>
            ) : (
              <ul className="divide-y divide-ink-100">
                {coaching.openActionItems.map((item) => (
                  <li key={item.id} className="px-4 py-3 text-sm sm:px-5">
                    {item.ownerSide === "STARTUP" ? (
                      <ActionItemToggle
                        organisation={slug}
                        actionItemId={item.id}
                        description={item.description}
                        isDone={false}
                      />
                    ) : (
                      <p className="text-ink-800">{item.description}</p>
                    )}
                    <p
                      className={`text-xs text-ink-500 ${item.ownerSide === "STARTUP" ? "ml-6.5" : ""}`}
                    >
                      {item.ownerSide === "STARTUP"
                        ? (item.owner?.name ?? "Your team")
                        : item.ownerSide === "MENTOR"
                          ? `${item.mentorName} (mentor)`
                          : item.owner
                            ? `${item.owner.name} (programme team)`
                            : actionItemOwnerSideLabels[item.ownerSide]}
                      {item.dueOn ? (
                        <>
                          {" · "}
                          <DueDate dueOn={item.dueOn} today={coaching.today} />
                        </>
                      ) : null}
                      {" · from "}
                      <a href={`#session-${item.sessionId}`} className="hover:underline">
                        {formatHkDate(item.sessionStartsAt)}
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {coaching.closedActionItems.length > 0 ? (
              <details className="border-t border-ink-100 px-4 py-3 text-sm sm:px-5">
                <summary className="cursor-pointer text-ink-600">
                  {coaching.closedActionItems.length} done or dropped
                </summary>
                <ul className="mt-2 space-y-1.5">
                  {coaching.closedActionItems.map((item) => (
                    <li key={item.id}>
                      {item.ownerSide === "STARTUP" && item.status === "DONE" ? (
                        <ActionItemToggle
                          organisation={slug}
                          actionItemId={item.id}
                          description={item.description}
                          isDone
                        />
                      ) : (
                        <p className="text-ink-500 line-through">{item.description}</p>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </Card>

          {coaching.past.length > 0 ? (
            <Card className="order-3">
              <CardHeader title="Past sessions" description="What your mentors shared with you" />
              <div className="divide-y divide-ink-100">
                {coaching.past.map((session) => (
                  <SessionCard
                    key={session.id}
                    session={session}
                    heading={`With ${session.mentor.name}`}
                    today={coaching.today}
                    organisation={slug}
                    tickSide="STARTUP"
                  />
                ))}
              </div>
            </Card>
          ) : null}
        </div>

        <div className="contents lg:col-span-2 lg:block lg:space-y-6">
          <div className="order-2">
            <UpcomingCard coaching={coaching} slug={slug} />
          </div>
          {coaching.mentors.length > 0 ? (
            <Card className="order-4">
              <CardHeader title="Your mentors" />
              <ul className="divide-y divide-ink-100">
                {coaching.mentors.map((assignment) => (
                  <li key={assignment.id} className="px-4 py-3 text-sm sm:px-5">
                    <p className="font-medium text-ink-900">
                      {assignment.mentor.name}
                      {assignment.mentor.nameZh ? (
                        <span className="ml-1.5 font-normal text-ink-500" lang="zh-HK">
                          {assignment.mentor.nameZh}
                        </span>
                      ) : null}
                    </p>
                    <p className="text-xs text-ink-500">
                      {assignment.enrolment.programme.name} (
                      {assignment.enrolment.organisation.name}) · since{" "}
                      {formatHkDate(assignment.startsOn)}
                    </p>
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

/** The start-up's scheduled sessions, each with its calendar file, and "add all". */
function UpcomingCard({ coaching, slug }: { coaching: StartupCoaching; slug: string }) {
  return (
    <Card>
      <CardHeader
        title="Upcoming"
        action={coaching.upcoming.length > 0 ? <CalendarLink organisation={slug} /> : null}
      />
      {coaching.upcoming.length === 0 ? (
        <CardBody>
          <p className="text-sm text-ink-500">
            No session scheduled. Your mentor schedules them; you will be notified.
          </p>
        </CardBody>
      ) : (
        <div className="divide-y divide-ink-100">
          {coaching.upcoming.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              heading={`With ${session.mentor.name}`}
              today={coaching.today}
              actions={
                <CalendarLink organisation={slug} sessionId={session.id} variant="secondary" />
              }
            />
          ))}
        </div>
      )}
    </Card>
  );
}
