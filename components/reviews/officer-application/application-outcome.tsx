import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { OfficerApplication } from "@/lib/data/reviews/get-officer-application";
import { formatHkDateTime } from "@/lib/domain/dates";

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
  return (
    <dl className="space-y-3 text-sm">
      <div>
        <dt className="text-xs text-ink-500">Screening</dt>
        <dd className="mt-0.5">
          {screeningOutcome === "ELIGIBLE" ? (
            <Badge tone="success">Eligible</Badge>
          ) : screeningOutcome === "INELIGIBLE" ? (
            <Badge tone="danger">Ineligible</Badge>
          ) : (
            <span className="text-ink-600">Not screened yet</span>
          )}
          {screeningReason ? <p className="mt-1 text-ink-700">“{screeningReason}”</p> : null}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-ink-500">Decision</dt>
        <dd className="mt-0.5">
          {decision ? (
            <>
              <Badge tone={decision.outcome === "ACCEPTED" ? "success" : "danger"}>
                {decision.outcome === "ACCEPTED" ? "Accepted" : "Not successful"}
              </Badge>
              <p className="mt-1 text-xs text-ink-500">
                {decision.decidedBy.name} · {formatHkDateTime(decision.decidedAt)}
              </p>
              <p className="mt-1 text-ink-700">
                <span className="font-medium">Rationale (internal):</span> {decision.rationale}
              </p>
              {decision.feedbackToApplicant ? (
                <p className="mt-1 text-ink-700">
                  <span className="font-medium">Feedback to the applicant:</span>{" "}
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
                      Enrolled: open the enrolment →
                    </Link>
                  ) : (
                    <Link
                      href={`/${organisationSlug}/cohort/enrol/${applicationId}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      Enrol in the cohort →
                    </Link>
                  )}
                </p>
              ) : null}
            </>
          ) : (
            <span className="text-ink-600">No decision yet</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
