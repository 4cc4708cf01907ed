import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { ApplicationAnswers } from "@/components/reviews/application-answers";
import { ConflictDeclarationForm } from "@/components/reviews/conflict-declaration-form";
import { PanelSummary } from "@/components/reviews/panel-summary";
import { ReviewAttachments } from "@/components/reviews/review-attachments";
import { ReviewDue } from "@/components/reviews/review-due";
import { ReviewForm } from "@/components/reviews/review-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getReviewScreen } from "@/lib/data/reviews/get-review-screen";
import { isAppError } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reviews.screen");
  return { title: t("metaTitle") };
}

/**
 * One assignment: the application (answers and files; no applicant name on a blind call) on the
 * left, the declaration or the scores on the right. Reached from the reviewer's own membership:
 * the operator's, or a partner's for a co-incubation call.
 */
export default async function ReviewPage({
  params,
}: {
  params: Promise<{ org: string; assignmentId: string }>;
}) {
  const { org, assignmentId } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "review.score");
  const screen = await getReviewScreen({
    reviewer: { userId: user.id, organisation },
    assignmentId,
  }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("reviews.screen"), getLocale()]);
  const { assignment, application, rubric, ownReview, panel } = screen;
  const applicant =
    (locale.startsWith("zh") && application.startupNameZh) ||
    (application.startupName ?? t("withheld"));

  return (
    <div className="space-y-6">
      <PageHeader
        title={application.projectTitle}
        description={
          <>
            <span className="font-mono">{application.reference}</span> · {applicant} ·{" "}
            {application.callTitle}
            {" · "}
            <ReviewDue
              dueAt={assignment.dueAt}
              isOpen={assignment.status === "ASSIGNED"}
              now={new Date()}
            />
          </>
        }
      />
      {/* On a phone the declaration and scores come after the whole application. */}
      <a
        href="#your-review"
        className="inline-block text-sm font-medium text-brand-700 hover:underline lg:hidden"
      >
        {assignment.status === "ASSIGNED" && !assignment.conflictDeclaredAt
          ? t("goToDeclaration")
          : t("goToScores")}
      </a>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Card>
          <CardHeader
            title={t("application")}
            action={<ApplicationStatusBadge status={application.status} />}
          />
          <CardBody className="space-y-5">
            <ApplicationAnswers sections={application.sections} />
            <ReviewAttachments organisation={organisation.slug} files={application.attachments} />
          </CardBody>
        </Card>
        <div id="your-review" className="scroll-mt-4 space-y-6">
          {assignment.status === "CONFLICTED" ? (
            <Card>
              <CardHeader title={t("conflictedTitle")} />
              <CardBody>
                <p className="text-sm text-ink-700">{t("conflictedBody")}</p>
              </CardBody>
            </Card>
          ) : !assignment.conflictDeclaredAt ? (
            <Card>
              <CardHeader title={t("declareTitle")} description={t("declareDescription")} />
              <CardBody>
                <ConflictDeclarationForm
                  organisation={organisation.slug}
                  assignmentId={assignment.id}
                  startupName={application.startupName}
                />
              </CardBody>
            </Card>
          ) : ownReview?.status === "SUBMITTED" || !rubric ? null : (
            <Card>
              <CardHeader
                title={t("scoresTitle")}
                description={t("scale", { min: rubric.scaleMin, max: rubric.scaleMax })}
              />
              <CardBody>
                <ReviewForm
                  organisation={organisation.slug}
                  assignmentId={assignment.id}
                  scale={{ min: rubric.scaleMin, max: rubric.scaleMax }}
                  criteria={rubric.criteria}
                  saved={ownReview}
                />
              </CardBody>
            </Card>
          )}
          {ownReview?.status === "SUBMITTED" && rubric && panel ? (
            <PanelSummary criteria={rubric.criteria} ownReview={ownReview} panel={panel} />
          ) : null}
        </div>
      </div>
    </div>
  );
}
