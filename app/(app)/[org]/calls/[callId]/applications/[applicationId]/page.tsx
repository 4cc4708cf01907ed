import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { localized } from "@/components/calls/localized";
import { ApplicationTimeline } from "@/components/applications/application-timeline";
import { ClarificationsPanel } from "@/components/applications/clarifications/clarifications-panel";
import { ApplicationAnswers } from "@/components/reviews/application-answers";
import { ApplicationOutcome } from "@/components/reviews/officer-application/application-outcome";
import { AssignReviewerForm } from "@/components/reviews/officer-application/assign-reviewer-form";
import { ReviewerAssignmentsList } from "@/components/reviews/officer-application/reviewer-assignments-list";
import { ScreeningForm } from "@/components/reviews/officer-application/screening-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getOfficerApplication } from "@/lib/data/reviews/get-officer-application";
import { listAssignableReviewers } from "@/lib/data/reviews/list-assignable-reviewers";
import { getFormat } from "@/i18n/format";
import { addDays, hongKongToday } from "@/lib/domain/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviews.officerApplication");
  return { title: t("metaTitle") };
}

const DEFAULT_REVIEW_DAYS = 14;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** "3 assigned, 1 conflicted": removed reviewers are not counted. */
function reviewerCounts(assignments: { status: string }[]) {
  const active = assignments.filter((assignment) => assignment.status !== "REMOVED");
  const conflicted = active.filter((assignment) => assignment.status === "CONFLICTED").length;
  return { assigned: active.length, conflicted };
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
  const [reviewers, t, f, locale] = await Promise.all([
    listAssignableReviewers(organisation.id, application.call.programme.id),
    getTranslations("reviews.officerApplication"),
    getFormat(),
    getLocale(),
  ]);
  const counts = reviewerCounts(application.assignments);
  const startupName =
    locale.startsWith("zh") && application.startup.nameZh
      ? application.startup.nameZh
      : application.startup.name;
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
              <span className="font-mono">{application.reference}</span> · {startupName} ·{" "}
              <Link
                href={`/${organisation.slug}/calls/${application.call.id}/results`}
                className="text-brand-700 hover:underline"
              >
                {localized(locale, application.call.title, application.call.titleZh)}
              </Link>
              {application.submittedAt
                ? ` · ${t("submitted", { date: f.dateTime(application.submittedAt) })}`
                : ""}
            </>
          }
        />
        <ApplicationStatusBadge status={application.status} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Card>
          <CardHeader title={t("answers")} />
          <CardBody>
            <ApplicationAnswers sections={application.sections} organisation={organisation.slug} />
          </CardBody>
        </Card>
        <div className="space-y-6">
          {canScreen ? (
            <Card>
              <CardHeader title={t("screening")} description={t("screeningDescription")} />
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
              <CardHeader title={t("outcome")} />
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
              title={t("reviewers")}
              description={
                counts.conflicted > 0
                  ? t("assignedConflicted", counts)
                  : t("assigned", { assigned: counts.assigned })
              }
            />
            <ReviewerAssignmentsList
              organisation={organisation.slug}
              assignments={application.assignments}
              now={new Date()}
              canAssign={canAssign}
            />
            {canAssign ? (
              <CardBody className="border-t border-ink-100">
                <h3 className="mb-2 text-sm font-semibold text-ink-900">{t("assignReviewer")}</h3>
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
            <CardHeader title={t("timeline")} />
            <ApplicationTimeline entries={application.timeline} />
          </Card>
        </div>
      </div>
    </div>
  );
}
