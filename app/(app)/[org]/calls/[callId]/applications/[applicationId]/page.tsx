import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationTimeline } from "@/components/applications/application-timeline";
import { ClarificationsPanel } from "@/components/applications/clarifications/clarifications-panel";
import { ApplicationAnswers } from "@/components/reviews/application-answers";
import { ApplicationOutcome } from "@/components/reviews/officer-application/application-outcome";
import { AssignReviewerForm } from "@/components/reviews/officer-application/assign-reviewer-form";
import { ReviewerAssignmentsList } from "@/components/reviews/officer-application/reviewer-assignments-list";
import { ScreeningForm } from "@/components/reviews/officer-application/screening-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getOfficerApplication } from "@/lib/data/reviews/get-officer-application";
import { listAssignableReviewers } from "@/lib/data/reviews/list-assignable-reviewers";
import { addDays, formatHkDateTime, hongKongToday } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Application" };

const DEFAULT_REVIEW_DAYS = 14;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "3 assigned, 1 conflicted": removed reviewers are not counted. */
function reviewerCountText(assignments: { status: string }[]): string {
  const active = assignments.filter((assignment) => assignment.status !== "REMOVED");
  const conflicted = active.filter((assignment) => assignment.status === "CONFLICTED").length;
  return `${active.length} assigned${conflicted > 0 ? `, ${conflicted} conflicted` : ""}`;
}

/** The officer's page for one application: answers, screening, reviewers, timeline, decision. */
export default async function OfficerApplicationPage({
  params,
}: {
  params: Promise<{ org: string; callId: string; applicationId: string }>;
}) {
  const { org, callId, applicationId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.screen");
  const application = await getOfficerApplication({
    organisationId: organisation.id,
    callId,
    applicationId,
  });
  if (!application) notFound();
  const reviewers = await listAssignableReviewers(organisation.id, application.call.programme.id);
  const canScreen = application.status === "SUBMITTED" || application.status === "SCREENING";
  const canAssign = application.status === "IN_REVIEW" || application.status === "SHORTLISTED";
  const assignedIds = new Set(application.assignments.map((assignment) => assignment.reviewer.id));
  const today = hongKongToday();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={application.projectTitle}
          description={
            <>
              <span className="font-mono">{application.reference}</span> ·{" "}
              {application.startup.name} ·{" "}
              <Link
                href={`/${organisation.slug}/calls/${application.call.id}/results`}
                className="text-brand-700 hover:underline"
              >
                {application.call.title}
              </Link>
              {application.submittedAt
                ? ` · submitted ${formatHkDateTime(application.submittedAt)} HKT`
                : ""}
            </>
          }
        />
        <StatusBadge kind="application" status={application.status} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Card>
          <CardHeader title="Answers" />
          <CardBody>
            <ApplicationAnswers sections={application.sections} organisation={organisation.slug} />
          </CardBody>
        </Card>
        <div className="space-y-6">
          {canScreen ? (
            <Card>
              <CardHeader
                title="Screening"
                description="Check the application against the call's eligibility criteria."
              />
              <CardBody>
                <ScreeningForm
                  organisation={organisation.slug}
                  applicationId={application.id}
                  reference={application.reference}
                />
              </CardBody>
            </Card>
          ) : (
            <Card>
              <CardHeader title="Outcome" />
              <CardBody>
                <ApplicationOutcome
                  screeningOutcome={application.screeningOutcome}
                  screeningReason={application.screeningReason}
                  decision={application.decision}
                  enrolment={application.enrolment}
                  organisationSlug={organisation.slug}
                  applicationId={application.id}
                />
              </CardBody>
            </Card>
          )}
          <ClarificationsPanel
            side="OPERATOR"
            organisation={organisation}
            role={membership.role}
            application={application}
          />
          <Card>
            <CardHeader
              title="Reviewers"
              description={reviewerCountText(application.assignments)}
            />
            <ReviewerAssignmentsList
              organisation={organisation.slug}
              assignments={application.assignments}
              now={new Date()}
              canAssign={canAssign}
            />
            {canAssign ? (
              <CardBody className="border-t border-ink-100">
                <h3 className="mb-2 text-sm font-semibold text-ink-900">Assign a reviewer</h3>
                <AssignReviewerForm
                  organisation={organisation.slug}
                  applicationId={application.id}
                  reviewers={reviewers.filter((reviewer) => !assignedIds.has(reviewer.id))}
                  isShortlisted={application.status === "SHORTLISTED"}
                  defaultDueOn={isoDate(addDays(today, DEFAULT_REVIEW_DAYS))}
                  earliestDueOn={isoDate(today)}
                />
              </CardBody>
            ) : null}
          </Card>
          <Card>
            <CardHeader title="Timeline" />
            <ApplicationTimeline entries={application.timeline} />
          </Card>
        </div>
      </div>
    </div>
  );
}
