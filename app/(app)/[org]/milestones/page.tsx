import type { Metadata } from "next";
import { MilestoneOverviewView } from "@/components/milestones/milestone-overview";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/session";
import { listMilestonePlans } from "@/lib/data/milestones/list-milestone-plans";
import { milestoneReachOf } from "@/lib/data/milestones/milestone-reach";

export const metadata: Metadata = { title: "Milestones" };

const DESCRIPTIONS = {
  STARTUP:
    "Plan your milestones, report progress and submit evidence for the programme team to assess.",
  OFFICER: "Assess submitted evidence and follow every start-up's plan. Dates are Hong Kong time.",
  MENTOR: "The plans of the start-ups you mentor, and evidence waiting for your sign-off.",
} as const;

/** Milestones home for the start-up, the programme officer and mentors (others: 404). */
export default async function MilestonesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, membership } = await requireMembership(org);
  const reach = milestoneReachOf(membership, user.id);
  const now = new Date();
  const overview = await listMilestonePlans(reach, now);
  return (
    <div className="space-y-6">
      <PageHeader title="Milestones" description={DESCRIPTIONS[reach.side]} />
      <MilestoneOverviewView
        organisationSlug={org}
        overview={overview}
        side={reach.side}
        now={now}
      />
    </div>
  );
}
