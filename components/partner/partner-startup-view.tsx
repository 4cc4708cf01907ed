import { getTranslations } from "next-intl/server";
import type { PartnerStartup } from "@/lib/data/partner/get-partner-startup";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getFormat } from "@/i18n/format";
import { isOpenMilestone } from "@/lib/domain/milestone-overdue";
import { localName } from "@/components/milestones/local-name";
import { MilestoneDue } from "@/components/milestones/milestone-due";
import {
  EnrolmentStatusBadge,
  MilestoneStatusBadge,
} from "@/components/milestones/milestone-status-badge";
import { SharedCategories } from "./shared-categories";

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * One start-up as a partner sees it: per co-incubation programme, only the categories the
 * start-up shares with this partner now. Whatever is not shared says so, and nothing more.
 */
export async function PartnerStartupView({
  partnerSlug,
  startup,
  now,
  locale,
}: {
  partnerSlug: string;
  startup: PartnerStartup;
  now: Date;
  locale: string;
}) {
  const [t, tm, f] = await Promise.all([
    getTranslations("partnerCohort"),
    getTranslations("milestones"),
    getFormat(),
  ]);
  return (
    <div className="space-y-6">
      {startup.programmes.map((programme) => {
        const categories = programme.shared.map((entry) => entry.category);
        return (
          <div key={programme.enrolmentId} className="space-y-6">
            <Card>
              <CardHeader
                title={localName(locale, programme.programme.name, programme.programme.nameZh)}
                description={t("startup.programmeDates", {
                  operator: localName(
                    locale,
                    programme.programme.organisation.name,
                    programme.programme.organisation.nameZh,
                  ),
                  from: f.date(programme.startsOn),
                  to: f.date(programme.endsOn),
                })}
                action={<EnrolmentStatusBadge status={programme.status} />}
              />
              <CardBody className="space-y-2">
                <p className="text-sm text-ink-600">{t("startup.sharedWithYou")}</p>
                <SharedCategories shared={categories} />
                {categories.length === 0 ? (
                  <p className="text-sm text-ink-500">
                    {t("startup.nothingShared", { name: startup.startup.name })}
                  </p>
                ) : null}
              </CardBody>
            </Card>

            {programme.milestones ? (
              <Card>
                <CardHeader
                  title={t("category.MILESTONES")}
                  action={
                    <span className="text-ink-600">
                      {t("achievedOf", {
                        achieved: programme.milestones.summary.achieved,
                        total: programme.milestones.summary.total,
                      })}
                    </span>
                  }
                />
                {programme.milestones.rows.length === 0 ? (
                  <CardBody>
                    <EmptyState title={t("startup.noMilestones")} />
                  </CardBody>
                ) : (
                  <>
                    <div className="border-b border-ink-100 px-4 py-3 sm:px-5">
                      <ProgressBar
                        label={t("progressLabel", { name: startup.startup.name })}
                        value={programme.milestones.summary.achieved}
                        max={programme.milestones.summary.total}
                      />
                    </div>
                    <ol className="divide-y divide-ink-100" aria-label={t("category.MILESTONES")}>
                      {programme.milestones.rows.map((milestone) => (
                        <li key={milestone.id} className="px-4 py-3 sm:px-5">
                          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                            <span className="font-medium text-ink-900">{milestone.title}</span>
                            <MilestoneStatusBadge status={milestone.status} />
                          </div>
                          <p className="mt-0.5 flex flex-wrap gap-x-3 text-sm text-ink-500">
                            <span>{tm(`category.${milestone.category}`)}</span>
                            {isOpenMilestone(milestone.status) ? (
                              <MilestoneDue
                                dueOn={milestone.dueOn}
                                status={milestone.status}
                                now={now}
                              />
                            ) : milestone.achievedAt ? (
                              <span>
                                {t("startup.achievedOn", { date: f.date(milestone.achievedAt) })}
                              </span>
                            ) : (
                              <span>{t("startup.wasDue", { date: f.date(milestone.dueOn) })}</span>
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
                  title={t("category.COACHING_SUMMARIES")}
                  description={t("startup.coachingDescription")}
                />
                {programme.coaching.length === 0 ? (
                  <CardBody>
                    <EmptyState title={t("startup.noCoaching")} />
                  </CardBody>
                ) : (
                  <ol className="divide-y divide-ink-100">
                    {programme.coaching.map((session) => (
                      <li key={session.id} className="space-y-1.5 px-4 py-3 sm:px-5">
                        <p className="text-xs text-ink-500">
                          {f.dateTime(session.startsAt)} ·{" "}
                          {t("startup.minutes", { count: session.durationMinutes })} ·{" "}
                          {t(`startup.mode.${session.mode}`)} · {session.mentor.name}
                        </p>
                        <div className="flex flex-wrap gap-1">
                          {session.topics.map((topic) => (
                            <Badge key={topic} tone="neutral">
                              {t(`startup.topic.${topic}`)}
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
                  title={t("category.DOCUMENTS")}
                  description={t("startup.documentsDescription", { name: startup.startup.name })}
                />
                {programme.documents.length === 0 ? (
                  <CardBody>
                    <EmptyState title={t("startup.noDocuments")} />
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
                              ? t("startup.sourceApplication")
                              : t("startup.sourceEvidence")}
                            : {document.sourceTitle}
                          </p>
                        </div>
                        <span className="text-xs text-ink-500">
                          {formatSize(document.sizeBytes)} · {f.date(document.createdAt)}
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
