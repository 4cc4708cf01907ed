import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { createFormat } from "@/i18n/formatters";
import type { ExternalReviewers } from "@/lib/data/reviews/list-external-reviewers";

/** External reviewers who joined (with their review load) and invitations still open. */
export function ExternalReviewersList({ reviewers }: { reviewers: ExternalReviewers }) {
  const t = useTranslations("reviewsClient.external");
  const f = createFormat(useLocale());
  if (reviewers.members.length === 0 && reviewers.pending.length === 0) {
    return <p className="text-sm text-ink-600">{t("empty")}</p>;
  }
  return (
    <ul className="divide-y divide-ink-100 text-sm" aria-label={t("listLabel")}>
      {reviewers.members.map((member) => (
        <li key={member.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <div className="min-w-0">
            <p className="font-medium text-ink-900">{member.name}</p>
            <p className="truncate text-xs text-ink-500">{member.email}</p>
          </div>
          <div className="flex flex-wrap items-center gap-1.5">
            {member.isActive ? (
              <span className="text-xs text-ink-600">
                {t("load", { open: member.openReviews, submitted: member.submittedReviews })}
              </span>
            ) : (
              <Badge tone="muted">{t("deactivated")}</Badge>
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
            <Badge tone="info">{t("invited")}</Badge>
            {t("validUntil", { date: f.date(invitation.expiresAt) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
