import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { OfficerApplication } from "@/lib/data/reviews/get-officer-application";
import { useLocale, useTranslations } from "next-intl";
import { createFormat } from "@/i18n/formatters";

/** The screening result and, once made, the decision with its rationale and feedback. */
export function ApplicationOutcome({
  screeningOutcome,
  screeningReason,
  decision,
  enrolment,
  organisationSlug,
  applicationId,
}: Pick<OfficerApplication, "screeningOutcome" | "screeningReason" | "decision" | "enrolment"> & {
  organisationSlug: string;
  applicationId: string;
}) {
  const t = useTranslations("reviewsClient.outcome");
  const f = createFormat(useLocale());
  return (
    <dl className="space-y-3 text-sm">
      <div>
        <dt className="text-xs text-ink-500">{t("screening")}</dt>
        <dd className="mt-0.5">
          {screeningOutcome === "ELIGIBLE" ? (
            <Badge tone="success">{t("eligible")}</Badge>
          ) : screeningOutcome === "INELIGIBLE" ? (
            <Badge tone="danger">{t("ineligible")}</Badge>
          ) : (
            <span className="text-ink-600">{t("notScreened")}</span>
          )}
          {screeningReason ? <p className="mt-1 text-ink-700">“{screeningReason}”</p> : null}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-ink-500">{t("decision")}</dt>
        <dd className="mt-0.5">
          {decision ? (
            <>
              <Badge tone={decision.outcome === "ACCEPTED" ? "success" : "danger"}>
                {decision.outcome === "ACCEPTED" ? t("accepted") : t("rejected")}
              </Badge>
              <p className="mt-1 text-xs text-ink-500">
                {decision.decidedBy.name} · {f.dateTime(decision.decidedAt)}
              </p>
              <p className="mt-1 text-ink-700">
                <span className="font-medium">{t("rationale")}</span> {decision.rationale}
              </p>
              {decision.feedbackToApplicant ? (
                <p className="mt-1 text-ink-700">
                  <span className="font-medium">{t("feedback")}</span>{" "}
                  {decision.feedbackToApplicant}
                </p>
              ) : null}
              {decision.outcome === "ACCEPTED" ? (
                <p className="mt-2">
                  {enrolment ? (
                    <Link
                      href={`/${organisationSlug}/cohort/${enrolment.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {t("enrolled")}
                    </Link>
                  ) : (
                    <Link
                      href={`/${organisationSlug}/cohort/enrol/${applicationId}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {t("enrol")}
                    </Link>
                  )}
                </p>
              ) : null}
            </>
          ) : (
            <span className="text-ink-600">{t("noDecision")}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
