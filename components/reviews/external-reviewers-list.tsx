import { Badge } from "@/components/ui/badge";
import type { ExternalReviewers } from "@/lib/data/reviews/list-external-reviewers";
import { formatHkDate } from "@/lib/domain/dates";

/** External reviewers who joined (with their review load) and invitations still open. */
export function ExternalReviewersList({ reviewers }: { reviewers: ExternalReviewers }) {
  if (reviewers.members.length === 0 && reviewers.pending.length === 0) {
    return (
      <p className="text-sm text-ink-600">
        No external reviewers yet. Invite a clinician, an investor or an academic below; once they
        accept, you can assign them applications like any reviewer.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-ink-100 text-sm" aria-label="External reviewers">
      {reviewers.members.map((member) => (
        <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div className="min-w-0">
            <p className="font-medium text-ink-900">{member.name}</p>
            <p className="truncate text-xs text-ink-500">{member.email}</p>
          </div>
          <div className="flex flex-wrap items-center gap-1.5">
            {member.isActive ? (
              <span className="text-xs text-ink-600">
                {member.openReviews} open · {member.submittedReviews} submitted
              </span>
            ) : (
              <Badge tone="muted">Deactivated</Badge>
            )}
          </div>
        </li>
      ))}
      {reviewers.pending.map((invitation) => (
        <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div className="min-w-0">
            <p className="font-medium text-ink-900">{invitation.name ?? invitation.email}</p>
            <p className="truncate text-xs text-ink-500">{invitation.email}</p>
          </div>
          <span className="inline-flex items-center gap-1.5 text-xs text-ink-600">
            <Badge tone="info">Invited</Badge>
            link valid until {formatHkDate(invitation.expiresAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
