import type { Metadata } from "next";
import Link from "next/link";
import { MentorPoolList } from "@/components/mentors/mentor-pool-list";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listMentorPool } from "@/lib/data/mentors/list-mentor-pool";

export const metadata: Metadata = { title: "Mentor pool" };

/** The operator's mentors for officers: what each offers and how much room they have. */
export default async function MentorPoolPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "mentor.assign");
  const mentors = await listMentorPool(organisation.id);
  const free = mentors.reduce((sum, mentor) => sum + Math.max(0, mentor.capacity - mentor.load), 0);

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/cohort`}
          className="text-sm text-brand-700 hover:underline"
        >
          ← Cohort
        </Link>
        <div className="mt-2">
          <PageHeader
            title="Mentor pool"
            description="Mentors keep their own profile; assign them from a start-up's enrolment page."
          />
        </div>
      </div>
      <Card>
        <CardHeader
          title={`${mentors.length} mentor${mentors.length === 1 ? "" : "s"}`}
          description={`${free} free place${free === 1 ? "" : "s"} across the pool`}
        />
        {mentors.length === 0 ? (
          <CardBody>
            <EmptyState title="No mentors yet.">
              An operator admin invites mentors from Members; they then fill in their profile.
            </EmptyState>
          </CardBody>
        ) : (
          <MentorPoolList organisation={organisation.slug} mentors={mentors} />
        )}
      </Card>
    </div>
  );
}
