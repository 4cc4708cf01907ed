import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AnswerSummary } from "@/components/applications/answer-summary";
import { EligibilityPanel } from "@/components/applications/eligibility-panel";
import { SubmitApplicationButton } from "@/components/applications/submit-application-button";
import { localized } from "@/components/calls/localized";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getStartupApplicationOrThrow } from "@/lib/data/applications/get-startup-application";
import { blockingEligibilityResults, evaluateEligibility } from "@/lib/domain/eligibility";
import { keepAttachedFiles } from "@/lib/domain/file-answers";
import { buildAnswersSchema, formQuestions } from "@/lib/schemas/forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.review");
  return { title: t("metaTitle") };
}

/** The last look before submitting: the answers, what is missing, eligibility. */
export default async function ReviewApplicationPage({
  params,
}: {
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.submit");
  const [application, t, locale] = await Promise.all([
    getStartupApplicationOrThrow(organisation.id, id),
    getTranslations("applications.review"),
    getLocale(),
  ]);
  const isChinese = locale.startsWith("zh");
  const base = `/${organisation.slug}/applications/${application.id}`;
  if (application.status !== "DRAFT") redirect(base);

  // As submitting will: a file question counts only files still attached to the application.
  const attachedIds = new Set(application.attachments.map((file) => file.id));
  const checked = buildAnswersSchema(application.definition, "submit").safeParse(
    keepAttachedFiles(application.definition, application.answers, attachedIds),
  );
  const answerProblems = checked.success ? [] : checked.error.issues.map((issue) => issue.message);
  const labels = new Map(
    formQuestions(application.definition).map((q) => [
      q.key,
      isChinese && q.labelZh ? q.labelZh : q.label,
    ]),
  );
  const eligibility = evaluateEligibility(
    application.call.eligibilityCriteria,
    application.answers,
    (key) => labels.get(key) ?? key,
  );
  const problems = [
    ...answerProblems,
    ...blockingEligibilityResults(eligibility)
      .filter((result) => result.outcome === "FAILED")
      .map((result) =>
        t("notEligible", { criterion: result.criterion.label, reason: result.reason }),
      ),
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title", { project: application.projectTitle })}
        description={`${application.reference} · ${localized(locale, application.call.title, application.call.titleZh)}`}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <CardHeader
            title={t("yourAnswers")}
            action={
              <ButtonLink href={base} variant="secondary" size="sm">
                {t("edit")}
              </ButtonLink>
            }
          />
          <AnswerSummary
            definition={application.definition}
            answers={application.answers}
            organisation={organisation.slug}
            attachments={application.attachments}
          />
        </Card>
        <aside className="space-y-4">
          <Card>
            <CardBody className="space-y-3">
              {problems.length > 0 ? (
                <div
                  role="alert"
                  className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
                >
                  <p className="font-medium">{t("stillToDo")}</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p className="text-sm text-ink-600">{t("allAnswered")}</p>
              )}
              <SubmitApplicationButton
                organisation={organisation.slug}
                applicationId={application.id}
                version={application.version}
                applicationHref={base}
                isReady={problems.length === 0}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("eligibility")} />
            <EligibilityPanel results={eligibility} />
          </Card>
        </aside>
      </div>
    </div>
  );
}
