import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AnswerSummary } from "@/components/applications/answer-summary";
import { EligibilityPanel } from "@/components/applications/eligibility-panel";
import { SubmitApplicationButton } from "@/components/applications/submit-application-button";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getStartupApplicationOrThrow } from "@/lib/data/applications/get-startup-application";
import { blockingEligibilityResults, evaluateEligibility } from "@/lib/domain/eligibility";
import { keepAttachedFiles } from "@/lib/domain/file-answers";
import { buildAnswersSchema, formQuestions } from "@/lib/schemas/forms";

export const metadata: Metadata = { title: "Review application" };

/** The last look before submitting: the answers, what is missing, eligibility. */
export default async function ReviewApplicationPage({
  params,
}: {
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.submit");
  const application = await getStartupApplicationOrThrow(organisation.id, id);
  const base = `/${organisation.slug}/applications/${application.id}`;
  if (application.status !== "DRAFT") redirect(base);

  // As submitting will: a file question counts only files still attached to the application.
  const attachedIds = new Set(application.attachments.map((file) => file.id));
  const checked = buildAnswersSchema(application.definition, "submit").safeParse(
    keepAttachedFiles(application.definition, application.answers, attachedIds),
  );
  const answerProblems = checked.success ? [] : checked.error.issues.map((issue) => issue.message);
  const labels = new Map(formQuestions(application.definition).map((q) => [q.key, q.label]));
  const eligibility = evaluateEligibility(
    application.call.eligibilityCriteria,
    application.answers,
    (key) => labels.get(key) ?? key,
  );
  const problems = [
    ...answerProblems,
    ...blockingEligibilityResults(eligibility)
      .filter((result) => result.outcome === "FAILED")
      .map((result) => `Not eligible: ${result.criterion.label}. ${result.reason}`),
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        title={`Review: ${application.projectTitle}`}
        description={`${application.reference} · ${application.call.title}`}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card>
          <CardHeader
            title="Your answers"
            action={
              <ButtonLink href={base} variant="secondary" size="sm">
                Edit
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
                  <p className="font-medium">Still to do before you submit</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p className="text-sm text-ink-600">
                  Everything required is answered. After submitting you can no longer edit.
                </p>
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
            <CardHeader title="Eligibility self-check" />
            <EligibilityPanel results={eligibility} />
          </Card>
        </aside>
      </div>
    </div>
  );
}
