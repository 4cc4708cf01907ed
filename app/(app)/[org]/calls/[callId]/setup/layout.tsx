import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CallSetupTabs } from "@/components/calls/call-setup-tabs";
import { CallStatusBadge } from "@/components/calls/call-status-badge";
import { localized } from "@/components/calls/localized";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup } from "@/lib/data/calls/get-call-setup";
import { getFormat } from "@/i18n/format";
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
  const [setup, t, f, locale] = await Promise.all([
    getCallSetup(organisation.id, callId),
    getTranslations("calls.setup"),
    getFormat(),
    getLocale(),
  ]);
  const isChinese = locale.startsWith("zh");
  if (!setup) notFound();
  const { call, form, rubric, readiness } = setup;
  const problemAreas = new Set(readiness.problems.map((problem) => problem.area));
  const parsedForm = formDefinitionSchema.safeParse(form.definition);
  const questionCount = parsedForm.success ? countFormQuestions(parsedForm.data) : 0;
  const draftNote = (draft: number | null, published: number | null) =>
    draft !== null && published !== null ? t("draftNote", { version: draft }) : undefined;

  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm text-ink-500">
        <Link href={`/${organisation.slug}/programmes`} className="hover:underline">
          {t("programmes")}
        </Link>{" "}
        /{" "}
        <Link
          href={`/${organisation.slug}/programmes/${call.programme.id}`}
          className="hover:underline"
        >
          {localized(locale, call.programme.name, call.programme.nameZh)}
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={localized(locale, call.title, call.titleZh)}
          titleZh={isChinese ? null : call.titleZh}
          description={t("dates", {
            opens: f.dateTime(call.opensAt),
            closes: f.dateTime(call.closesAt),
          })}
        />
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <CallStatusBadge status={call.status} />
          {call.status === "PUBLISHED" ? (
            <Link
              href={`/calls/${call.organisationSlug}/${call.slug}`}
              className="text-brand-700 hover:underline"
            >
              {t("publicPage")}
            </Link>
          ) : null}
        </div>
      </div>
      <CallSetupTabs
        basePath={`/${organisation.slug}/calls/${call.id}/setup`}
        tabs={[
          { label: t("tabDetails"), path: "", hasProblem: problemAreas.has("details") },
          {
            label: t("tabEligibility"),
            path: "eligibility",
            note: String(setup.eligibility.length),
            hasProblem: problemAreas.has("eligibility"),
          },
          {
            label: t("tabForm"),
            path: "form",
            note: draftNote(form.draftVersion, form.publishedVersion) ?? String(questionCount),
            hasProblem: problemAreas.has("form"),
          },
          {
            label: t("tabRubric"),
            path: "rubric",
            note:
              draftNote(rubric.draftVersion, rubric.publishedVersion) ??
              String(rubric.criteria.length),
            hasProblem: problemAreas.has("rubric"),
          },
          {
            label: t("tabPublish"),
            path: "publish",
            note:
              call.status === "DRAFT"
                ? readiness.problems.length === 0
                  ? t("ready")
                  : undefined
                : readiness.hasUnpublishedChanges
                  ? t("changes")
                  : undefined,
          },
        ]}
      />
      {children}
    </div>
  );
}
