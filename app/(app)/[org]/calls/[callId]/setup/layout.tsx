import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { CallSetupTabs } from "@/components/calls/call-setup-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup } from "@/lib/data/calls/get-call-setup";
import { formatHkDateTime } from "@/lib/domain/dates";
import { countFormQuestions } from "@/lib/domain/form-builder";
import { formDefinitionSchema } from "@/lib/schemas/forms";

/** The frame of a call's set-up: where it belongs, its state, and the five steps as tabs. */
export default async function CallSetupLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const setup = await getCallSetup(organisation.id, callId);
  if (!setup) notFound();
  const { call, form, rubric, readiness } = setup;
  const problemAreas = new Set(readiness.problems.map((problem) => problem.area));
  const parsedForm = formDefinitionSchema.safeParse(form.definition);
  const questionCount = parsedForm.success ? countFormQuestions(parsedForm.data) : 0;
  const draftNote = (draft: number | null, published: number | null) =>
    draft !== null && published !== null ? `v${draft} draft` : undefined;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-ink-500">
        <Link href={`/${organisation.slug}/programmes`} className="hover:underline">
          Programmes
        </Link>{" "}
        /{" "}
        <Link
          href={`/${organisation.slug}/programmes/${call.programme.id}`}
          className="hover:underline"
        >
          {call.programme.name}
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={call.title}
          titleZh={call.titleZh}
          description={`Opens ${formatHkDateTime(call.opensAt)} · closes ${formatHkDateTime(call.closesAt)} (Hong Kong time)`}
        />
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge kind="call" status={call.status} />
          {call.status === "PUBLISHED" ? (
            <Link
              href={`/calls/${call.organisationSlug}/${call.slug}`}
              className="text-brand-700 hover:underline"
            >
              Public page
            </Link>
          ) : null}
        </div>
      </div>
      <CallSetupTabs
        basePath={`/${organisation.slug}/calls/${call.id}/setup`}
        tabs={[
          { label: "Details", path: "", hasProblem: problemAreas.has("details") },
          {
            label: "Eligibility",
            path: "eligibility",
            note: String(setup.eligibility.length),
            hasProblem: problemAreas.has("eligibility"),
          },
          {
            label: "Form",
            path: "form",
            note: draftNote(form.draftVersion, form.publishedVersion) ?? String(questionCount),
            hasProblem: problemAreas.has("form"),
          },
          {
            label: "Rubric",
            path: "rubric",
            note:
              draftNote(rubric.draftVersion, rubric.publishedVersion) ??
              String(rubric.criteria.length),
            hasProblem: problemAreas.has("rubric"),
          },
          {
            label: "Publish",
            path: "publish",
            note:
              call.status === "DRAFT"
                ? readiness.problems.length === 0
                  ? "Ready"
                  : undefined
                : readiness.hasUnpublishedChanges
                  ? "Changes"
                  : undefined,
          },
        ]}
      />
      {children}
    </div>
  );
}
