import type { PartnerStartup } from "@/lib/data/partner/get-partner-startup";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { StatusBadge } from "@/components/ui/status-badge";
import { coachingModeLabels, coachingTopicLabels } from "@/lib/domain/coaching-labels";
import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";
import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import { isOpenMilestone } from "@/lib/domain/milestone-overdue";
import { MilestoneDue } from "@/components/milestones/milestone-due";
import { SharedCategories } from "./shared-categories";

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * One start-up as a partner sees it: per co-incubation programme, only the categories the
 * start-up shares with this partner now. Whatever is not shared says so, and nothing more.
 */
export function PartnerStartupView({
  partnerSlug,
  startup,
  now,
}: {
  partnerSlug: string;
  startup: PartnerStartup;
  now: Date;
}) {
  return (
    <div className="space-y-6">
      {startup.programmes.map((programme) => {
        const categories = programme.shared.map((entry) => entry.category);
        return (
          <div key={programme.enrolmentId} className="space-y-6">
            <Card>
              <CardHeader
                title={programme.programme.name}
                description={`${programme.programme.organisation.name} · ${formatHkDate(programme.startsOn)} to ${formatHkDate(programme.endsOn)}`}
                action={<StatusBadge kind="enrolment" status={programme.status} />}
              />
              <CardBody className="space-y-2">
                <p className="text-sm text-ink-600">Shared with you:</p>
                <SharedCategories shared={categories} />
                {categories.length === 0 ? (
                  <p className="text-sm text-ink-500">
                    {startup.startup.name} has not chosen to share anything with you in this
                    programme. Start-ups decide this themselves, per partner.
                  </p>
                ) : null}
              </CardBody>
            </Card>

            {programme.milestones ? (
              <Card>
                <CardHeader
                  title="Milestones"
                  action={
                    <span className="text-ink-600">
                      {programme.milestones.summary.achieved} of{" "}
                      {programme.milestones.summary.total} achieved
                    </span>
                  }
                />
                {programme.milestones.rows.length === 0 ? (
                  <CardBody>
                    <EmptyState title="No milestones planned yet." />
                  </CardBody>
                ) : (
                  <>
                    <div className="border-b border-ink-100 px-4 py-3 sm:px-5">
                      <ProgressBar
                        label={`${startup.startup.name}: milestones achieved`}
                        value={programme.milestones.summary.achieved}
                        max={programme.milestones.summary.total}
                      />
                    </div>
                    <ol className="divide-y divide-ink-100" aria-label="Milestones">
                      {programme.milestones.rows.map((milestone) => (
                        <li key={milestone.id} className="px-4 py-3 sm:px-5">
                          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                            <span className="font-medium text-ink-900">{milestone.title}</span>
                            <StatusBadge kind="milestone" status={milestone.status} />
                          </div>
                          <p className="mt-0.5 flex flex-wrap gap-x-3 text-sm text-ink-500">
                            <span>{milestoneCategoryLabels[milestone.category]}</span>
                            {isOpenMilestone(milestone.status) ? (
                              <MilestoneDue
                                dueOn={milestone.dueOn}
                                status={milestone.status}
                                now={now}
                              />
                            ) : milestone.achievedAt ? (
                              <span>achieved {formatHkDate(milestone.achievedAt)}</span>
                            ) : (
                              <span>was due {formatHkDate(milestone.dueOn)}</span>
                            )}
                          </p>
                        </li>
                      ))}
                    </ol>
                  </>
                )}
              </Card>
            ) : null}

            {programme.coaching ? (
              <Card>
                <CardHeader
                  title="Coaching summaries"
                  description="The notes the mentors shared with the start-up after each session."
                />
                {programme.coaching.length === 0 ? (
                  <CardBody>
                    <EmptyState title="No coaching summaries yet." />
                  </CardBody>
                ) : (
                  <ol className="divide-y divide-ink-100">
                    {programme.coaching.map((session) => (
                      <li key={session.id} className="space-y-1.5 px-4 py-3 sm:px-5">
                        <p className="text-xs text-ink-500">
                          {formatHkDateTime(session.startsAt)} · {session.durationMinutes} min ·{" "}
                          {coachingModeLabels[session.mode]} · {session.mentor.name}
                        </p>
                        <div className="flex flex-wrap gap-1">
                          {session.topics.map((topic) => (
                            <Badge key={topic} tone="neutral">
                              {coachingTopicLabels[topic]}
                            </Badge>
                          ))}
                        </div>
                        <p className="text-sm whitespace-pre-line text-ink-800">
                          {session.sharedNotes}
                        </p>
                      </li>
                    ))}
                  </ol>
                )}
              </Card>
            ) : null}

            {programme.documents ? (
              <Card>
                <CardHeader
                  title="Documents"
                  description={`${startup.startup.name} sees each time you open one.`}
                />
                {programme.documents.length === 0 ? (
                  <CardBody>
                    <EmptyState title="No documents yet." />
                  </CardBody>
                ) : (
                  <ul className="divide-y divide-ink-100">
                    {programme.documents.map((document) => (
                      <li
                        key={document.id}
                        className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2.5 text-sm sm:px-5"
                      >
                        <div className="min-w-0">
                          <a
                            className="font-medium break-all text-brand-800 underline-offset-2 hover:underline"
                            href={`/api/attachments/${encodeURIComponent(document.id)}?organisation=${encodeURIComponent(partnerSlug)}`}
                          >
                            {document.fileName}
                          </a>
                          <p className="text-xs text-ink-500">
                            {document.source === "APPLICATION"
                              ? "Application"
                              : "Milestone evidence"}
                            : {document.sourceTitle}
                          </p>
                        </div>
                        <span className="text-xs text-ink-500">
                          {formatSize(document.sizeBytes)} · {formatHkDate(document.createdAt)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
