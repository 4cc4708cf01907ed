import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartnerCohortView } from "@/components/partner/partner-cohort-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/session";
import { listPartnerCohort } from "@/lib/data/partner/list-partner-cohort";

export const metadata: Metadata = { title: "Co-incubation cohort" };

/** A partner's start-ups: only its own programmes, only what each start-up shares with it. */
export default async function PartnerCohortPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  // Partner members only: no permission grants this page to anyone else.
  if (membership.role !== "PARTNER_MEMBER") notFound();
  const now = new Date();
  const cohort = await listPartnerCohort(organisation.id, now);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Co-incubation cohort"
        description="Start-ups in the programmes you co-run. Each start-up chooses what it shares with you: milestones, coaching summaries, documents."
      />
      <PartnerCohortView partnerSlug={org} cohort={cohort} now={now} />
    </div>
  );
}
