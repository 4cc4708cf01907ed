import type { Metadata } from "next";
import Link from "next/link";
import { AcceptedUnenrolledList } from "@/components/cohort/accepted-unenrolled-list";
import { CohortTable } from "@/components/cohort/cohort-table";
import { Card, CardHeader } from "@/components/ui/card";
import { CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listAcceptedUnenrolled } from "@/lib/data/cohort/list-accepted-unenrolled";
import { listCohort } from "@/lib/data/cohort/list-cohort";
import { hongKongToday } from "@/lib/domain/dates";
import type { EnrolmentStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Cohort" };

const TABS: { label: string; status: EnrolmentStatus | "ALL" }[] = [
  { label: "Active", status: "ACTIVE" },
  { label: "Graduated", status: "GRADUATED" },
  { label: "Withdrawn", status: "WITHDRAWN" },
  { label: "All", status: "ALL" },
];

/** The officer's cohort: who is enrolled, who mentors them, when they last met, what is next. */
export default async function CohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "enrolment.manage");
  const { status: requested } = await searchParams;
  const tab = TABS.find((candidate) => candidate.status === requested) ?? TABS[0]!;
  const now = new Date();
  const [rows, active, waiting] = await Promise.all([
    listCohort(organisation.id, tab.status === "ALL" ? {} : { status: tab.status }, now),
    tab.status === "ACTIVE" ? null : listCohort(organisation.id, { status: "ACTIVE" }, now),
    listAcceptedUnenrolled(organisation.id),
  ]);
  const activeRows = active ?? rows;
  const withoutMentor = activeRows.filter((row) => row.mentorNames.length === 0).length;
  const quiet = activeRows.filter(
    (row) => !row.lastSessionAt || now.getTime() - row.lastSessionAt.getTime() > 60 * 86_400_000,
  ).length;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeader
          title="Cohort"
          description="Enrolled start-ups, their mentors, coaching and next milestone."
        />
        <Link
          href={`/${organisation.slug}/cohort/mentors`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          Mentor pool →
        </Link>
      </div>
      <StatGrid>
        <Stat label="Active start-ups" value={activeRows.length} tone="brand" />
        <Stat
          label="Without a mentor"
          value={withoutMentor}
          tone={withoutMentor > 0 ? "warning" : "neutral"}
        />
        <Stat
          label="No session in 60 days"
          value={quiet}
          tone={quiet > 0 ? "warning" : "neutral"}
        />
        <Stat
          label="Waiting to enrol"
          value={waiting.length}
          tone={waiting.length > 0 ? "warning" : "neutral"}
        />
      </StatGrid>

      {waiting.length > 0 ? (
        <Card>
          <CardHeader
            title="Accepted, not yet enrolled"
            description="Set their start date and support plan to bring them into the cohort."
          />
          <AcceptedUnenrolledList organisation={organisation.slug} applications={waiting} />
        </Card>
      ) : null}

      <Card>
        <CardHeader
          title="Enrolments"
          action={
            <nav aria-label="Filter by status" className="flex flex-wrap gap-1">
              {TABS.map((candidate) => (
                <Link
                  key={candidate.status}
                  href={`/${organisation.slug}/cohort${candidate.status === "ACTIVE" ? "" : `?status=${candidate.status}`}`}
                  aria-current={candidate.status === tab.status ? "page" : undefined}
                  className="rounded-md px-2.5 py-1 text-sm text-ink-600 hover:bg-ink-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-800"
                >
                  {candidate.label}
                </Link>
              ))}
            </nav>
          }
        />
        {rows.length === 0 ? (
          <CardBody>
            <EmptyState
              title={`No ${tab.status === "ALL" ? "" : `${tab.label.toLowerCase()} `}enrolments.`}
            >
              {tab.status === "ACTIVE"
                ? "Accepted start-ups appear above once a decision is made; enrol them to start their programme."
                : "Start-ups appear here when an active enrolment is graduated or withdrawn."}
            </EmptyState>
          </CardBody>
        ) : (
          <CohortTable
            organisation={organisation.slug}
            rows={rows}
            now={now}
            today={hongKongToday(now)}
          />
        )}
      </Card>
    </div>
  );
}
