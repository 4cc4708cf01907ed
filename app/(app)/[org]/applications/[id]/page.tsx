import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationForm } from "@/components/applications/application-form";
import { AnswerSummary } from "@/components/applications/answer-summary";
import { ApplicationTimeline } from "@/components/applications/application-timeline";
import { ClarificationsPanel } from "@/components/applications/clarifications/clarifications-panel";
import { ApplicationStatusBadge } from "@/components/applications/application-status-badge";
import { WithdrawApplicationForm } from "@/components/applications/withdraw-application-form";
import { localized } from "@/components/calls/localized";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getStartupApplicationOrThrow } from "@/lib/data/applications/get-startup-application";
import { canTransition } from "@/lib/domain/application-status";
import { getFormat } from "@/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.detail");
  return { title: t("metaTitle") };
}

/** A draft is the autosaved form; after submission, the answers read-only and the timeline. */
export default async function ApplicationPage({
  params,
}: {
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.edit_draft");
  const [application, t, f, locale] = await Promise.all([
    getStartupApplicationOrThrow(organisation.id, id),
    getTranslations("applications.detail"),
    getFormat(),
    getLocale(),
  ]);
  const operatorName = localized(
    locale,
    application.organisation.name,
    application.organisation.nameZh,
  );
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
              <span className="font-mono">{application.reference}</span> ·{" "}
              {localized(locale, application.call.title, application.call.titleZh)} · {operatorName}{" "}
              · {t("closes", { date: f.dateTime(application.call.closesAt) })}
            </>
          }
        />
        <ApplicationStatusBadge status={application.status} />
      </div>

      {application.decision ? (
        <Card>
          <CardHeader
            title={
              application.decision.outcome === "ACCEPTED"
                ? t("decisionAccepted")
                : t("decisionRejected")
            }
            description={t("decidedOn", {
              operator: operatorName,
              date: f.dateTime(application.decision.decidedAt),
            })}
          />
          <CardBody>
            <p className="text-sm whitespace-pre-line text-ink-800">
              {application.decision.feedbackToApplicant ??
                (application.decision.outcome === "ACCEPTED"
                  ? t("congratulations")
                  : t("noFeedback"))}
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
            title={t("yourAnswers")}
            description={
              application.submittedAt
                ? t("submittedOn", { date: f.dateTime(application.submittedAt) })
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
          <CardHeader title={t("timeline")} />
          <ApplicationTimeline entries={application.timeline} />
        </Card>
        {canWithdraw ? (
          <Card>
            <CardHeader title={t("withdrawTitle")} description={t("withdrawDescription")} />
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
