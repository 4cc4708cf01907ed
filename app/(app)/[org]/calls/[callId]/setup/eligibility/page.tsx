import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EligibilityEditor, type CheckableQuestion } from "@/components/calls/eligibility-editor";
import { ReadinessNotes } from "@/components/calls/readiness-notes";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup } from "@/lib/data/calls/get-call-setup";
import { canControlConditions } from "@/lib/domain/form-builder";
import { formDefinitionSchema, formQuestions } from "@/lib/schemas/forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls.eligibility");
  return { title: t("metaTitle") };
}

/** Step 2: who may apply, self-declared or checked against the form's answers. */
export default async function CallEligibilityPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const [setup, t] = await Promise.all([
    getCallSetup(organisation.id, callId),
    getTranslations("calls.eligibility"),
  ]);
  if (!setup) notFound();
  const parsed = formDefinitionSchema.safeParse(setup.form.definition);
  const questions = parsed.success
    ? formQuestions(parsed.data).filter(
        (question): question is CheckableQuestion =>
          canControlConditions(question) && !question.showIf,
      )
    : [];
  const isReadOnly = setup.call.status === "CLOSED" || setup.call.status === "ARCHIVED";

  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-4">
        <ReadinessNotes problems={setup.readiness.problems} area="eligibility" />
        {isReadOnly ? <p className="text-sm text-ink-600">{t("closed")}</p> : null}
        <EligibilityEditor
          organisation={organisation.slug}
          callId={setup.call.id}
          initialCriteria={setup.eligibility}
          questions={questions}
          isReadOnly={isReadOnly}
        />
      </CardBody>
    </Card>
  );
}
