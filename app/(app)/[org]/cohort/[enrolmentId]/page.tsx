import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { programmeBenefitLabels } from "@/components/applications/programme-benefit-labels";
import { SessionCard } from "@/components/coaching/session-card";
import { EnrolmentStatusForm } from "@/components/cohort/enrolment-status-form";
import { MilestonePlanSection } from "@/components/milestones/milestone-plan-section";
import { SupportPlanForm } from "@/components/cohort/support-plan-form";
import { EndAssignmentButton } from "@/components/mentors/end-assignment-button";
import { MentorSuggestions } from "@/components/mentors/mentor-suggestions";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getOfficerEnrolment } from "@/lib/data/cohort/get-officer-enrolment";
import { suggestMentors } from "@/lib/data/mentors/suggest-mentors";
import { formatHkDate, hongKongToday } from "@/lib/domain/dates";
import { focusAreaLabels } from "@/lib/domain/focus-areas";

export const metadata: Metadata = { title: "Enrolment" };

/** One enrolment for the programme team: term, benefits, support plan, mentors, coaching. */
export default async function EnrolmentPage({
  params,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
}) {
  const { org, enrolmentId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "enrolment.manage");
  const [enrolment, matching] = await Promise.all([
    getOfficerEnrolment(organisation.id, enrolmentId),
    suggestMentors(organisation.id, enrolmentId),
  ]);
  if (!enrolment || !matching) notFound();
  const canAssign = roleCan(membership.role, "mentor.assign");
  const isActive = enrolment.status === "ACTIVE";
  const today = hongKongToday();
  const profile = enrolment.startup.startupProfile;
  const currentMentors = enrolment.mentorAssignments.filter((a) => a.status === "ACTIVE");
  const pastMentors = enrolment.mentorAssignments.filter((a) => a.status === "ENDED");

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/cohort`}
          className="text-sm text-brand-700 hover:underline"
        >
          ← Cohort
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <PageHeader
            title={enrolment.startup.name}
            titleZh={enrolment.startup.nameZh}
            description={`${enrolment.programme.name} · ${formatHkDate(enrolment.startsOn)} – ${formatHkDate(enrolment.endsOn)}`}
          />
          <StatusBadge kind="enrolment" status={enrolment.status} />
        </div>
        {enrolment.statusReason ? (
          <p className="mt-2 text-sm text-ink-700">
            <span className="text-ink-500">Reason:</span> {enrolment.statusReason}
          </p>
        ) : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader
              title="Mentors"
              description={
                currentMentors.length === 0
                  ? "No mentor yet: pick one from the suggestions below."
                  : `${currentMentors.length} assigned`
              }
            />
            <CardBody className="space-y-5">
              {currentMentors.length > 0 ? (
                <ul className="divide-y divide-ink-100 rounded-md border border-ink-200">
                  {currentMentors.map((assignment) => (
                    <li
                      key={assignment.id}
                      className="flex flex-wrap items-center justify-between gap-2 px-3 py-2.5 text-sm"
                    >
                      <span>
                        <span className="font-medium text-ink-900">{assignment.mentor.name}</span>
                        <span className="text-ink-500">
                          {" "}
                          · since {formatHkDate(assignment.startsOn)}
                        </span>
                      </span>
                      {canAssign ? (
                        <EndAssignmentButton
                          organisation={organisation.slug}
                          assignmentId={assignment.id}
                          mentorName={assignment.mentor.name}
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {isActive && canAssign ? (
                <div>
                  <h3 className="mb-2 text-sm font-medium text-ink-800">Suggested mentors</h3>
                  {matching.suggestions.length === 0 ? (
                    <EmptyState title="Every mentor in the pool already mentors this start-up.">
                      Invite another mentor from Members to widen the pool.
                    </EmptyState>
                  ) : (
                    <MentorSuggestions
                      organisation={organisation.slug}
                      enrolmentId={enrolment.id}
                      suggestions={matching.suggestions.map((suggestion) => ({
                        userId: suggestion.mentor.userId,
                        name: suggestion.mentor.name,
                        headline: suggestion.mentor.headline,
                        hasProfile: suggestion.mentor.hasProfile,
                        isEntrepreneurInResidence: suggestion.mentor.isEntrepreneurInResidence,
                        score: suggestion.score,
                        isFull: suggestion.isFull,
                        reasons: suggestion.reasons,
                      }))}
                    />
                  )}
                </div>
              ) : null}
              {pastMentors.length > 0 ? (
                <p className="text-xs text-ink-500">
                  Earlier:{" "}
                  {pastMentors
                    .map(
                      (assignment) =>
                        `${assignment.mentor.name} (${formatHkDate(assignment.startsOn)} – ${assignment.endsOn ? formatHkDate(assignment.endsOn) : "?"})`,
                    )
                    .join("; ")}
                </p>
              ) : null}
            </CardBody>
          </Card>

          <MilestonePlanSection organisation={org} enrolmentId={enrolment.id} />

          <Card>
            <CardHeader
              title="Coaching sessions"
              description="Shared notes are what the start-up reads; the amber part is the programme team's only."
            />
            {enrolment.sessions.length === 0 ? (
              <CardBody>
                <EmptyState title="No sessions yet.">
                  Sessions appear here when a mentor schedules or logs one.
                </EmptyState>
              </CardBody>
            ) : (
              <div className="divide-y divide-ink-100">
                {enrolment.sessions.map((session) => (
                  <SessionCard
                    key={session.id}
                    session={session}
                    heading={`With ${session.mentor.name}`}
                    today={today}
                  />
                ))}
              </div>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <CardHeader title="Support plan" description="What mentoring should focus on" />
            <CardBody>
              <SupportPlanForm
                organisation={organisation.slug}
                enrolmentId={enrolment.id}
                supportNeeds={enrolment.supportNeeds}
                workingLanguages={enrolment.workingLanguages}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="The start-up" />
            <CardBody className="space-y-2 text-sm">
              {profile?.leadAsset ? <p className="text-ink-800">{profile.leadAsset}</p> : null}
              {profile?.pipelineStage ? (
                <p className="text-ink-600">{profile.pipelineStage}</p>
              ) : null}
              {profile?.pipelineSummary ? (
                <p className="text-ink-600">{profile.pipelineSummary}</p>
              ) : null}
              <div className="flex flex-wrap gap-1.5">
                {(profile?.focusAreas ?? []).map((area) => (
                  <Badge key={area} tone="brand">
                    {focusAreaLabels[area]}
                  </Badge>
                ))}
              </div>
              {enrolment.application ? (
                <p className="text-xs text-ink-500">
                  Admitted through{" "}
                  <Link
                    href={`/${organisation.slug}/calls/${enrolment.application.callId}/applications/${enrolment.application.id}`}
                    className="text-brand-700 hover:underline"
                  >
                    {enrolment.application.reference}
                  </Link>
                </p>
              ) : null}
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title="Programme benefits"
              description={`${enrolment.programme.durationMonths}-month term`}
            />
            <CardBody>
              <ul className="list-inside list-disc space-y-0.5 text-sm text-ink-800">
                {enrolment.programme.benefits.map((benefit) => (
                  <li key={benefit}>{programmeBenefitLabels[benefit]}</li>
                ))}
              </ul>
            </CardBody>
          </Card>
          {isActive ? (
            <Card>
              <CardHeader title="Graduate or withdraw" />
              <CardBody>
                <EnrolmentStatusForm
                  organisation={organisation.slug}
                  enrolmentId={enrolment.id}
                  startupName={enrolment.startup.name}
                />
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
