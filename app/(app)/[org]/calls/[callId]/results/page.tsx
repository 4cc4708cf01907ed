import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CallResultsTable } from "@/components/reviews/call-results-table";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallResults } from "@/lib/data/reviews/get-call-results";
import { OUTLIER_DISTANCE } from "@/lib/domain/scoring";

export const metadata: Metadata = { title: "Call results" };

/** The officer's results for a call: ranked scores, spread, outliers, shortlist and decide. */
export default async function CallResultsPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.decide");
  const results = await getCallResults(organisation.id, callId);
  if (!results) notFound();
  const outlierPoints = Number(OUTLIER_DISTANCE.numerator) / Number(OUTLIER_DISTANCE.denominator);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={`Results: ${results.call.title}`}
          description={`${results.call.programme.name}. Weighted means of submitted reviews on a ${results.rubric?.scaleMin ?? 1}–${results.rubric?.scaleMax ?? 5} scale; an outlier is a review more than ${outlierPoints} points from the mean.`}
        />
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/${organisation.slug}/calls/${callId}/applications`}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
          >
            All applications
          </Link>
          <a
            href={`/api/${organisation.slug}/calls/${callId}/export`}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
            download
          >
            Export CSV
          </a>
        </div>
      </div>
      <Card>
        <CardHeader
          title="Ranked applications"
          description={`${results.applications.length} past screening`}
        />
        {results.applications.length === 0 ? (
          <CardBody>
            <EmptyState title="No application in review yet.">
              Applications appear here once they are screened eligible.
            </EmptyState>
          </CardBody>
        ) : (
          <CallResultsTable
            organisation={organisation.slug}
            criteria={results.rubric?.criteria ?? []}
            rows={results.applications}
          />
        )}
      </Card>
    </div>
  );
}
