import type { Metadata } from "next";
import Link from "next/link";
import { ReviewerQueueTable } from "@/components/reviews/reviewer-queue-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listCallsForResults } from "@/lib/data/reviews/list-calls-for-results";
import { listReviewerQueue } from "@/lib/data/reviews/list-reviewer-queue";
import { formatHkDate } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Reviews" };

/** The reviewer's queue; officers also reach each call's results from here. */
export default async function ReviewsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "review.score");
  const canDecide = roleCan(membership.role, "application.decide");
  const [queue, calls] = await Promise.all([
    listReviewerQueue(organisation.id, user.id),
    canDecide ? listCallsForResults(organisation.id) : Promise.resolve([]),
  ]);
  const openCount = queue.filter((item) => item.status === "ASSIGNED").length;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Reviews"
        description="Declare any conflict of interest, then score each application against the call's rubric."
      />
      <Card>
        <CardHeader title="Assigned to you" description={`${openCount} still to submit`} />
        {queue.length === 0 ? (
          <CardBody>
            <EmptyState title="Nothing to review.">
              Applications appear here when a programme officer assigns them to you.
            </EmptyState>
          </CardBody>
        ) : (
          <ReviewerQueueTable organisation={organisation.slug} items={queue} />
        )}
      </Card>
      {canDecide ? (
        <Card>
          <CardHeader title="Results by call" description="Scores, spread and decisions" />
          <CardBody>
            {calls.length === 0 ? (
              <p className="text-sm text-ink-500">No call has applications in review yet.</p>
            ) : (
              <ul className="divide-y divide-ink-100">
                {calls.map((call) => (
                  <li key={call.id} className="flex flex-wrap justify-between gap-2 py-2 text-sm">
                    <Link
                      href={`/${organisation.slug}/calls/${call.id}/results`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {call.title}
                    </Link>
                    <span className="text-ink-500">
                      {call.programme.name} · closes {formatHkDate(call.closesAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
