import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MilestoneDetailView } from "@/components/milestones/milestone-detail-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/session";
import { getMilestoneDetail } from "@/lib/data/milestones/get-milestone-detail";
import { milestoneReachOf } from "@/lib/data/milestones/milestone-reach";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";

export const metadata: Metadata = { title: "Milestone" };

/** One milestone: evidence, assessment, sign-off and timeline, with the viewer's next steps. */
export default async function MilestonePage({
  params,
}: {
  params: Promise<{ org: string; enrolmentId: string; milestoneId: string }>;
}) {
  const { org, enrolmentId, milestoneId } = await params;
  const { user, membership } = await requireMembership(org);
  const reach = milestoneReachOf(membership, user.id);
  const now = new Date();
  const milestone = await getMilestoneDetail(reach, enrolmentId, milestoneId);
  if (!milestone) notFound();
  const { enrolment } = milestone;
  return (
    <div className="space-y-6">
      <div>
        <Link
          href={milestonePlanPath(org, enrolment.id)}
          className="text-sm text-brand-700 hover:underline"
        >
          ← {reach.side === "STARTUP" ? enrolment.programme.name : enrolment.startup.name}:
          milestone plan
        </Link>
        <div className="mt-2">
          <PageHeader
            title={milestone.title}
            description={`${enrolment.startup.name} · ${enrolment.programme.name}`}
          />
        </div>
      </div>
      <MilestoneDetailView
        organisationSlug={org}
        milestone={milestone}
        side={reach.side}
        now={now}
      />
    </div>
  );
}
