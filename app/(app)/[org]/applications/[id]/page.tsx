import type { Metadata } from "next";
import { ApplicationForm } from "@/components/applications/application-form";
import { AnswerSummary } from "@/components/applications/answer-summary";
import { ApplicationTimeline } from "@/components/applications/application-timeline";
import { ClarificationsPanel } from "@/components/applications/clarifications/clarifications-panel";
import { WithdrawApplicationForm } from "@/components/applications/withdraw-application-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getStartupApplicationOrThrow } from "@/lib/data/applications/get-startup-application";
import { canTransition } from "@/lib/domain/application-status";
import { formatHkDateTime } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Application" };

/** A draft is the autosaved form; after submission, the answers read-only and the timeline. */
export default async function ApplicationPage({
  params,
}: {
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.edit_draft");
  const application = await getStartupApplicationOrThrow(organisation.id, id);
  const isDraft = application.status === "DRAFT";
  const canWithdraw = canTransition(application.status, "WITHDRAWN", "STARTUP");
  const base = `/${organisation.slug}/applications/${application.id}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={application.projectTitle}
          description={
            <>
              <span className="font-mono">{application.reference}</span> · {application.call.title}{" "}
              · {application.organisation.name} · closes{" "}
              {formatHkDateTime(application.call.closesAt)} HKT
            </>
          }
        />
        <StatusBadge kind="application" status={application.status} />
      </div>

      {application.decision ? (
        <Card>
          <CardHeader
            title={
              application.decision.outcome === "ACCEPTED"
                ? "Decision: accepted"
                : "Decision: not successful"
            }
            description={`${application.organisation.name} decided on ${formatHkDateTime(application.decision.decidedAt)} HKT`}
          />
          <CardBody>
            <p className="text-sm whitespace-pre-line text-ink-800">
              {application.decision.feedbackToApplicant ??
                (application.decision.outcome === "ACCEPTED"
                  ? "Congratulations. The programme office will be in touch about enrolment."
                  : "The programme office gave no written feedback.")}
            </p>
          </CardBody>
        </Card>
      ) : null}

      <ClarificationsPanel
        side="STARTUP"
        organisation={organisation}
        role={membership.role}
        application={application}
      />
      {isDraft ? (
        <ApplicationForm
          organisation={organisation.slug}
          applicationId={application.id}
          initialVersion={application.version}
          initialAnswers={application.answers}
          lastSavedAt={application.updatedAt.toISOString()}
          definition={application.definition}
          criteria={application.call.eligibilityCriteria}
          reviewHref={`${base}/review`}
          attachments={application.attachments}
        />
      ) : (
        <Card>
          <CardHeader
            title="Your answers"
            description={
              application.submittedAt
                ? `Submitted ${formatHkDateTime(application.submittedAt)} HKT`
                : undefined
            }
          />
          <AnswerSummary
            definition={application.definition}
            answers={application.answers}
            organisation={organisation.slug}
            attachments={application.attachments}
          />
        </Card>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Timeline" />
          <ApplicationTimeline entries={application.timeline} />
        </Card>
        {canWithdraw ? (
          <Card>
            <CardHeader
              title="Withdraw"
              description="Until a decision, you can withdraw. The programme office is told why."
            />
            <CardBody>
              <WithdrawApplicationForm
                organisation={organisation.slug}
                applicationId={application.id}
              />
            </CardBody>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
