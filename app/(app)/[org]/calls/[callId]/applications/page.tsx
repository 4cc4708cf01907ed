import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CallApplicationsList } from "@/components/reviews/call-applications-list";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getCallScoreboard } from "@/lib/data/reviews/get-call-scoreboard";
import { listAssignableReviewers } from "@/lib/data/reviews/list-assignable-reviewers";
import { addDays, formatHkDate, hongKongToday } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Call applications" };

const DEFAULT_REVIEW_DAYS = 14;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Every application of one call for the officer: status, screening, reviews done of assigned,
 * mean score; select many to screen them eligible, assign a reviewer or shortlist them at once.
 */
export default async function CallApplicationsPage({
  params,
}: {
  params: Promise<{ org: string; callId: string }>;
}) {
  const { org, callId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "application.screen");
  const scoreboard = await getCallScoreboard(organisation.id, callId);
  if (!scoreboard) notFound();
  const reviewers = await listAssignableReviewers(organisation.id, scoreboard.call.programme.id);
  const rows = scoreboard.applications;
  const today = hongKongToday();
  const count = (statuses: string[]) => rows.filter((row) => statuses.includes(row.status)).length;
  const overdue = rows.reduce((sum, row) => sum + row.overdueCount, 0);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader
          title={scoreboard.call.title}
          description={`${scoreboard.call.programme.name} · closes ${formatHkDate(scoreboard.call.closesAt)}${scoreboard.call.isBlindReview ? " · reviewed blind" : ""}`}
        />
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/${organisation.slug}/calls/${callId}/results`}
            className={buttonClassName({ variant: "secondary", size: "sm" })}
          >
            Results
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
      <StatGrid>
        <Stat label="Applications" value={rows.length} />
        <Stat label="To screen" value={count(["SUBMITTED", "SCREENING"])} tone="brand" />
        <Stat
          label="In review"
          value={count(["IN_REVIEW"])}
          hint={overdue > 0 ? `${overdue} review${overdue > 1 ? "s" : ""} overdue` : undefined}
          tone={overdue > 0 ? "danger" : "neutral"}
        />
        <Stat label="Shortlisted" value={count(["SHORTLISTED"])} tone="warning" />
      </StatGrid>
      <Card>
        <CardHeader
          title="Applications"
          description="Select several to act on them together: all change, or none does."
        />
        {rows.length === 0 ? (
          <CardBody>
            <EmptyState title="No application submitted yet.">
              Applications appear here as start-ups submit them; drafts stay private to the
              applicant.
            </EmptyState>
          </CardBody>
        ) : (
          <CallApplicationsList
            organisation={organisation.slug}
            callId={callId}
            rows={rows}
            reviewers={reviewers}
            defaultDueOn={isoDate(addDays(today, DEFAULT_REVIEW_DAYS))}
            earliestDueOn={isoDate(today)}
          />
        )}
      </Card>
    </div>
  );
}
