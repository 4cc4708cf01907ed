import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EligibilityEditor, type CheckableQuestion } from "@/components/calls/eligibility-editor";
import { ReadinessNotes } from "@/components/calls/readiness-notes";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup } from "@/lib/data/calls/get-call-setup";
import { canControlConditions } from "@/lib/domain/form-builder";
import { formDefinitionSchema, formQuestions } from "@/lib/schemas/forms";

export const metadata: Metadata = { title: "Eligibility" };

/** Step 2: who may apply, self-declared or checked against the form's answers. */
export default async function CallEligibilityPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const setup = await getCallSetup(organisation.id, callId);
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
      <CardHeader
        title="Eligibility"
        description="Shown on the public call page. Automatic checks tell applicants at once whether they qualify; self-declared ones are checked at screening."
      />
      <CardBody className="space-y-4">
        <ReadinessNotes problems={setup.readiness.problems} area="eligibility" />
        {isReadOnly ? (
          <p className="text-sm text-ink-600">The call has closed; its criteria are final.</p>
        ) : null}
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
