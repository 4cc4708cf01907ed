import { RemindReviewerButton } from "@/components/reviews/remind-reviewer-button";
import { assignmentStatusStyles } from "@/components/reviews/review-labels";
import { ReviewDue } from "@/components/reviews/review-due";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { OfficerAssignment } from "@/lib/data/reviews/get-officer-application";
import { useLocale, useTranslations } from "next-intl";
import { createFormat, type Format } from "@/i18n/formatters";

/** What the reviewer has said about conflicts so far, in a few words. */
function declarationText(
  assignment: OfficerAssignment,
  t: (
    key: "notDeclared" | "declaredConflict" | "declaredNone",
    values?: { date: string },
  ) => string,
  f: Format,
): string {
  if (!assignment.conflictDeclaredAt) return t("notDeclared");
  const date = f.date(assignment.conflictDeclaredAt);
  return assignment.hasConflict ? t("declaredConflict", { date }) : t("declaredNone", { date });
}

/**
 * The application's reviewers: status, due date, declaration. A conflict the system flagged or
 * the reviewer declared is highlighted, so the officer sees at once whom to replace.
 */
export function ReviewerAssignmentsList({
  organisation,
  assignments,
  now,
  canAssign,
}: {
  organisation: string;
  assignments: OfficerAssignment[];
  now: Date;
  canAssign: boolean;
}) {
  const t = useTranslations("reviewsClient.assignments");
  const statusLabel = useTranslations("reviewsClient.assignmentStatus");
  const f = createFormat(useLocale());
  if (assignments.length === 0) {
    return (
      <div className="px-4 py-4 sm:px-5">
        <EmptyState title={t("emptyTitle")}>
          {canAssign ? t("emptyAssign") : t("emptyNotYet")}
        </EmptyState>
      </div>
    );
  }
  return (
    <ul className="divide-y divide-ink-100" aria-label={t("listLabel")}>
      {assignments.map((assignment) => {
        const isFlagged = Boolean(assignment.flaggedConflictReason);
        const isHighlighted = isFlagged || assignment.hasConflict === true;
        const status = assignmentStatusStyles[assignment.status];
        const isOpen = assignment.status === "ASSIGNED";
        return (
          <li
            key={assignment.id}
            className={`px-4 py-3 text-sm sm:px-5 ${isHighlighted ? "bg-red-50/60 shadow-[inset_4px_0_0_0_var(--color-red-500)]" : ""}`}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-medium text-ink-900">{assignment.reviewer.name}</p>
              <div className="flex flex-wrap gap-1.5">
                {isFlagged ? <Badge tone="danger">{t("possibleConflict")}</Badge> : null}
                <Badge tone={status.tone}>{statusLabel(assignment.status)}</Badge>
              </div>
            </div>
            <p className="mt-0.5 text-xs text-ink-500">
              <ReviewDue dueAt={assignment.dueAt} isOpen={isOpen} now={now} />
              {" · "}
              {declarationText(assignment, t, f)}
              {assignment.review?.status === "DRAFT" ? ` · ${t("scoring")}` : ""}
              {assignment.review?.submittedAt
                ? ` · ${t("submitted", { date: f.date(assignment.review.submittedAt) })}`
                : ""}
            </p>
            {assignment.flaggedConflictReason ? (
              <p className="mt-1 text-red-800">{assignment.flaggedConflictReason}</p>
            ) : null}
            {assignment.hasConflict && assignment.conflictDetails ? (
              <p className="mt-1 text-ink-700">“{assignment.conflictDetails}”</p>
            ) : null}
            {isOpen ? (
              <div className="mt-2 flex flex-wrap items-start gap-3">
                <RemindReviewerButton
                  organisation={organisation}
                  assignmentId={assignment.id}
                  reviewerName={assignment.reviewer.name}
                />
                {assignment.remindedAt ? (
                  <p className="pt-1.5 text-xs text-ink-500">
                    {t("lastReminded", { date: f.dateTime(assignment.remindedAt) })}
                  </p>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
