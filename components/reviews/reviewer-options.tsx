import { useTranslations } from "next-intl";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type ReviewerOption = {
  id: string;
  name: string;
  role: MembershipRole;
  title: string | null;
  /** Set for a partner scientist: the partner they review for. */
  partnerName: string | null;
};

/**
 * The <option>s of a reviewer select: the operator's own people first, then each partner's
 * scientists in their own group. Partner scientists review shortlisted applications only, so
 * they are disabled (with the reason in the label) unless `canPickPartners`.
 */
export function ReviewerOptions({
  reviewers,
  canPickPartners,
}: {
  reviewers: ReviewerOption[];
  canPickPartners: boolean;
}) {
  const t = useTranslations("reviewsClient.reviewerOptions");
  const roleLabel = useTranslations("roles");
  const own = reviewers.filter((reviewer) => !reviewer.partnerName);
  const partners = [...new Set(reviewers.flatMap((r) => (r.partnerName ? [r.partnerName] : [])))];
  return (
    <>
      <option value="">{t("choose")}</option>
      {own.length > 0 ? (
        <optgroup label={t("ours")}>
          {own.map((reviewer) => (
            <option key={reviewer.id} value={reviewer.id}>
              {reviewer.name} · {reviewer.title ?? roleLabel(reviewer.role)}
            </option>
          ))}
        </optgroup>
      ) : null}
      {partners.map((partnerName) => (
        <optgroup
          key={partnerName}
          label={
            canPickPartners
              ? t("partnerScientists", { partner: partnerName })
              : t("partnerScientistsShortlistedOnly", { partner: partnerName })
          }
        >
          {reviewers
            .filter((reviewer) => reviewer.partnerName === partnerName)
            .map((reviewer) => (
              <option key={reviewer.id} value={reviewer.id} disabled={!canPickPartners}>
                {reviewer.name}
                {reviewer.title ? ` · ${reviewer.title}` : ""}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
