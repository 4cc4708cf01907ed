import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/components/calls/localized";
import { CallResultsTable } from "@/components/reviews/call-results-table";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallResults } from "@/lib/data/reviews/get-call-results";
import { OUTLIER_DISTANCE } from "@/lib/domain/scoring";
import { readAsTenant } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls.results");
  return { title: t("metaTitle") };
}

/** The officer's results for a call: ranked scores, spread, outliers, shortlist and decide. */
export default async function CallResultsPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.decide");
  const [results, t, locale] = await readAsTenant(() =>
    Promise.all([
      getCallResults(organisation.id, callId),
      getTranslations("calls.results"),
      getLocale(),
    ]),
  );
  if (!results) notFound();
  const outlierPoints = Number(OUTLIER_DISTANCE.numerator) / Number(OUTLIER_DISTANCE.denominator);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={t("title", { call: localized(locale, results.call.title, results.call.titleZh) })}
          description={t("description", {
            programme: localized(
              locale,
              results.call.programme.name,
              results.call.programme.nameZh,
            ),
            min: results.rubric?.scaleMin ?? 1,
            max: results.rubric?.scaleMax ?? 5,
            points: outlierPoints,
          })}
        />
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/${organisation.slug}/calls/${callId}/applications`}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
          >
            {t("allApplications")}
          </Link>
          <a
            href={`/api/${organisation.slug}/calls/${callId}/export`}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
            download
          >
            {t("export")}
          </a>
        </div>
      </div>
      <Card>
        <CardHeader
          title={t("ranked")}
          description={t("pastScreening", { count: results.applications.length })}
        />
        {results.applications.length === 0 ? (
          <CardBody>
            <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
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
