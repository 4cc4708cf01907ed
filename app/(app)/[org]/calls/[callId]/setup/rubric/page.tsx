import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadinessNotes } from "@/components/calls/readiness-notes";
import { RubricBuilder } from "@/components/rubric-builder/rubric-builder";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallSetup, type CallSetup } from "@/lib/data/calls/get-call-setup";

export const metadata: Metadata = { title: "Review rubric" };

/** What saving does to the rubric reviewers use, in the officer's words. */
function versionNote(rubric: CallSetup["rubric"]): string | null {
  if (rubric.draftVersion !== null && rubric.publishedVersion !== null) {
    return `You are editing draft version ${rubric.draftVersion}; reviewers use version ${rubric.publishedVersion} until you publish it.`;
  }
  if (rubric.isLiveEdit) {
    return "No review has started yet, so saving corrects the published rubric directly: reviewers use the new criteria at once, and the weights must add up to 100 %.";
  }
  if (rubric.isPublishedInUse) {
    return `Reviews have started on version ${rubric.publishedVersion}. Saving a change starts version ${(rubric.publishedVersion ?? 0) + 1} as a draft: reviews already started keep their criteria, and reviews started after you publish it use the new ones.`;
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
  const setup = await getCallSetup(organisation.id, callId);
  if (!setup) notFound();
  const note = versionNote(setup.rubric);

  return (
    <Card>
      <CardHeader
        title="Review rubric"
        description="Reviewers score each criterion; the panel sees weighted means. Reviewers never see each other's scores before submitting their own."
      />
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
