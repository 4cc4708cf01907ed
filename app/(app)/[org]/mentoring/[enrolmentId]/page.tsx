import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalendarLink } from "@/components/coaching/calendar-link";
import { CancelSessionButton } from "@/components/coaching/cancel-session-button";
import { ScheduleSessionForm } from "@/components/coaching/schedule-session-form";
import { SessionCard } from "@/components/coaching/session-card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getMentorEnrolment } from "@/lib/data/coaching/get-mentor-enrolment";
import { coachingTopicLabels } from "@/lib/domain/coaching-labels";
import { addDays, formatHkDate } from "@/lib/domain/dates";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { languageLabel } from "@/lib/domain/mentor-matching";

export const metadata: Metadata = { title: "Start-up" };

/** One assigned start-up for its mentor: profile, support plan, sessions, scheduling. */
export default async function MentorEnrolmentPage({
  params,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
}) {
  const { org, enrolmentId } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "coaching.log");
  const view = await getMentorEnrolment(organisation.id, user.id, enrolmentId);
  if (!view) notFound();
  const { enrolment } = view;
  const profile = enrolment.startup.startupProfile;
  const base = `/${organisation.slug}/mentoring/${enrolment.id}`;
  const now = new Date();
  const coMentors = enrolment.mentorAssignments
    .map((assignment) => assignment.mentor)
    .filter((mentor) => mentor.id !== user.id);

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/mentoring`}
          className="text-sm text-brand-700 hover:underline"
        >
          ← Mentoring
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <PageHeader
            title={enrolment.startup.name}
            titleZh={enrolment.startup.nameZh}
            description={`${enrolment.programme.name} · you mentor them since ${formatHkDate(view.assignedSince)}`}
          />
          <ButtonLink href={`${base}/log`}>Log a session</ButtonLink>
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Sessions" description="Newest first" />
          {view.sessions.length === 0 ? (
            <CardBody>
              <EmptyState title="No sessions yet.">
                Schedule a first session, or log one you have already held.
              </EmptyState>
            </CardBody>
          ) : (
            <div className="divide-y divide-ink-100">
              {view.sessions.map((session) => (
                <SessionCard
                  key={session.id}
                  session={session}
                  heading={session.isOwn ? "Your session" : `With ${session.mentor.name}`}
                  today={view.today}
                  organisation={organisation.slug}
                  tickSide={session.isOwn ? "MENTOR" : undefined}
                  actions={
                    session.isOwn && session.status === "SCHEDULED" ? (
                      <>
                        {session.startsAt <= now ? (
                          <ButtonLink href={`${base}/log?session=${session.id}`} size="sm">
                            Log session
                          </ButtonLink>
                        ) : (
                          <CalendarLink organisation={organisation.slug} sessionId={session.id} />
                        )}
                        <CancelSessionButton
                          organisation={organisation.slug}
                          sessionId={session.id}
                        />
                      </>
                    ) : null
                  }
                />
              ))}
            </div>
          )}
        </Card>

        <div className="space-y-6">
          <Card>
            <CardHeader title="What they want help with" />
            <CardBody className="space-y-3 text-sm">
              {enrolment.supportNeeds.length > 0 ? (
                <div className="flex flex-wrap gap-1.5">
                  {enrolment.supportNeeds.map((need) => (
                    <Badge key={need} tone="brand">
                      {coachingTopicLabels[need]}
                    </Badge>
                  ))}
                </div>
              ) : (
                <p className="text-ink-500">The programme team has not recorded needs yet.</p>
              )}
              {enrolment.workingLanguages.length > 0 ? (
                <p className="text-ink-600">
                  Works in {enrolment.workingLanguages.map(languageLabel).join(", ")}
                </p>
              ) : null}
              {profile?.leadAsset ? <p className="text-ink-800">{profile.leadAsset}</p> : null}
              {profile?.pipelineStage ? (
                <p className="text-ink-600">{profile.pipelineStage}</p>
              ) : null}
              <div className="flex flex-wrap gap-1.5">
                {(profile?.focusAreas ?? []).map((area) => (
                  <Badge key={area}>{focusAreaLabels[area]}</Badge>
                ))}
              </div>
              <p className="text-ink-600">
                Team:{" "}
                {view.members.length > 0
                  ? view.members.map((member) => member.name).join(", ")
                  : "no active members"}
              </p>
              {coMentors.length > 0 ? (
                <p className="text-ink-600">
                  Also mentored by {coMentors.map((mentor) => mentor.name).join(", ")}
                </p>
              ) : null}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Schedule the next session" />
            <CardBody>
              <ScheduleSessionForm
                organisation={organisation.slug}
                enrolmentId={enrolment.id}
                defaultDate={addDays(view.today, 14).toISOString().slice(0, 10)}
                defaultTopics={enrolment.supportNeeds.slice(0, 2)}
              />
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
