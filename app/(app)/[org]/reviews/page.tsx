import type { Metadata } from "next";
import Link from "next/link";
import { ExternalReviewersList } from "@/components/reviews/external-reviewers-list";
import { InviteExternalReviewerForm } from "@/components/reviews/invite-external-reviewer-form";
import { ReviewerQueueTable } from "@/components/reviews/reviewer-queue-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listCallsForResults } from "@/lib/data/reviews/list-calls-for-results";
import { listExternalReviewers } from "@/lib/data/reviews/list-external-reviewers";
import { listReviewerQueue } from "@/lib/data/reviews/list-reviewer-queue";
import { formatHkDate } from "@/lib/domain/dates";
import { reviewDueState } from "@/lib/domain/review-reminders";

export const metadata: Metadata = { title: "Reviews" };

/**
 * The reviewer's queue, from any membership that reviews: an operator's officers, mentors and
 * external reviewers, and a partner's scientists for co-incubation calls. Officers also reach
 * each call's applications and results, and invite external reviewers, from here.
 */
export default async function ReviewsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "review.score");
  const canDecide = roleCan(membership.role, "application.decide");
  const canInvite = roleCan(membership.role, "review.assign") && organisation.kind === "OPERATOR";
  const reviewer = { userId: user.id, organisation };
  const [queue, calls, externalReviewers] = await Promise.all([
    listReviewerQueue(reviewer),
    canDecide ? listCallsForResults(organisation.id) : Promise.resolve([]),
    canInvite ? listExternalReviewers(organisation.id) : Promise.resolve(null),
  ]);
  const now = new Date();
  const open = queue.filter((item) => item.status === "ASSIGNED");
  const overdue = open.filter(
    (item) => item.dueAt && reviewDueState(item.dueAt, now) === "OVERDUE",
  );
  const isOutsideReviewer =
    organisation.kind === "PARTNER" || membership.role === "EXTERNAL_REVIEWER";

  return (
    <div className="space-y-6">
      <PageHeader
        title="Reviews"
        description={
          isOutsideReviewer
            ? "Applications assigned to you. Declare any conflict of interest, then score each against the call's rubric. You see only what is assigned to you, and other reviewers' scores only after you submit."
            : "Declare any conflict of interest, then score each application against the call's rubric."
        }
      />
      <Card>
        <CardHeader
          title="Assigned to you"
          description={
            <>
              {open.length} still to submit
              {overdue.length > 0 ? (
                <span className="font-medium text-red-700"> · {overdue.length} overdue</span>
              ) : null}
            </>
          }
        />
        {queue.length === 0 ? (
          <CardBody>
            <EmptyState title="Nothing to review yet.">
              {isOutsideReviewer
                ? "A programme officer will assign applications to you; each appears here with its due date, and you get a notification."
                : "Applications appear here when a programme officer assigns them to you."}
            </EmptyState>
          </CardBody>
        ) : (
          <ReviewerQueueTable
            organisation={organisation.slug}
            items={queue}
            now={now}
            showOperator={organisation.kind !== "OPERATOR"}
          />
        )}
      </Card>
      {canDecide ? (
        <Card>
          <CardHeader title="Calls" description="Applications to screen and assign, and results" />
          <CardBody>
            {calls.length === 0 ? (
              <p className="text-sm text-ink-500">No call has received an application yet.</p>
            ) : (
              <ul className="divide-y divide-ink-100">
                {calls.map((call) => (
                  <li
                    key={call.id}
                    className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
                  >
                    <div className="min-w-0">
                      <p className="font-medium text-ink-900">{call.title}</p>
                      <p className="text-xs text-ink-500">
                        {call.programme.name} · closes {formatHkDate(call.closesAt)}
                        {call.toScreenCount > 0 ? ` · ${call.toScreenCount} to screen` : ""}
                      </p>
                    </div>
                    <div className="flex gap-3">
                      <Link
                        href={`/${organisation.slug}/calls/${call.id}/applications`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        Applications
                      </Link>
                      <Link
                        href={`/${organisation.slug}/calls/${call.id}/results`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        Results
                      </Link>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>
      ) : null}
      {externalReviewers ? (
        <Card>
          <CardHeader
            title="External reviewers"
            description="Experts from outside who score only the applications you assign them"
          />
          <CardBody className="space-y-4">
            <ExternalReviewersList reviewers={externalReviewers} />
            <div className="border-t border-ink-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold text-ink-900">
                Invite an external reviewer
              </h3>
              <InviteExternalReviewerForm organisation={organisation.slug} />
            </div>
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}
