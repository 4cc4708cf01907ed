import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReadinessNotes } from "@/components/calls/readiness-notes";
import { FormBuilder } from "@/components/form-builder/form-builder";
import { FormMessage } from "@/components/members/form-message";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup } from "@/lib/data/calls/get-call-setup";
import { formDefinitionSchema } from "@/lib/schemas/forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls.form");
  return { title: t("metaTitle") };
}

/** Step 3: the questions applicants answer, built section by section. */
export default async function CallFormPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const [setup, t] = await Promise.all([
    getCallSetup(organisation.id, callId),
    getTranslations("calls.form"),
  ]);
  if (!setup) notFound();
  const { call, form } = setup;
  const parsed = form.definition === null ? null : formDefinitionSchema.safeParse(form.definition);
  const isReadOnly = call.status === "CLOSED" || call.status === "ARCHIVED";

  return (
    <div className="space-y-4">
      <ReadinessNotes problems={setup.readiness.problems} area="form" />
      {isReadOnly ? <p className="text-sm text-ink-600">{t("closed")}</p> : null}
      {parsed && !parsed.success ? <FormMessage>{t("unreadable")}</FormMessage> : null}
      <FormBuilder
        organisation={organisation.slug}
        callId={call.id}
        initialDefinition={parsed?.success ? parsed.data : null}
        initialLastSavedAt={form.lastSavedAt}
        isEditingPublished={form.isEditingPublished}
        publishedVersion={form.publishedVersion}
        isReadOnly={isReadOnly}
      />
    </div>
  );
}
