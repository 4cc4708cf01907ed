import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReadinessNotes } from "@/components/calls/readiness-notes";
import { RubricBuilder } from "@/components/rubric-builder/rubric-builder";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup, type CallSetup } from "@/lib/data/calls/get-call-setup";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls.rubric");
  return { title: t("metaTitle") };
}

/** What saving does to the rubric reviewers use, in the officer's words. */
function versionNote(
  rubric: CallSetup["rubric"],
  t: Awaited<ReturnType<typeof getTranslations<"calls.rubric">>>,
): string | null {
  if (rubric.draftVersion !== null && rubric.publishedVersion !== null) {
    return t("noteDraft", { draft: rubric.draftVersion, published: rubric.publishedVersion });
  }
  if (rubric.isLiveEdit) return t("noteLive");
  if (rubric.isPublishedInUse) {
    return t("noteInUse", {
      published: rubric.publishedVersion ?? 0,
      next: (rubric.publishedVersion ?? 0) + 1,
    });
  }
  return null;
}

/** Step 4: how reviewers score applications. */
export default async function CallRubricPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "call.manage");
  const [setup, t] = await Promise.all([
    getCallSetup(organisation.id, callId),
    getTranslations("calls.rubric"),
  ]);
  if (!setup) notFound();
  const note = versionNote(setup.rubric, t);

  return (
    <Card>
      <CardHeader title={t("title")} description={t("description")} />
      <CardBody className="space-y-4">
        <ReadinessNotes problems={setup.readiness.problems} area="rubric" />
        {note ? (
          <p className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
            {note}
          </p>
        ) : null}
        <RubricBuilder
          organisation={organisation.slug}
          callId={setup.call.id}
          isReadOnly={setup.call.status === "ARCHIVED"}
          initial={{
            scaleMin: setup.rubric.scaleMin,
            scaleMax: setup.rubric.scaleMax,
            criteria: setup.rubric.criteria,
            lastSavedAt: setup.rubric.lastSavedAt,
          }}
        />
      </CardBody>
    </Card>
  );
}
