import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MilestonePlanData } from "@/lib/data/milestones/get-milestone-plan";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getFormat } from "@/i18n/format";
import { milestonePath } from "@/lib/domain/milestone-paths";
import { AddMilestones } from "./add-milestones";
import { localName } from "./local-name";
import { MilestoneDue } from "./milestone-due";
import { MilestoneStatusBadge } from "./milestone-status-badge";
import { ReorderButtons } from "./reorder-buttons";

export type MilestoneViewerSide = "STARTUP" | "OFFICER" | "MENTOR";

/**
 * An enrolment's milestone plan: progress, then each milestone in plan order with its due
 * date (overdue in red, due soon in amber), status and sign-off; the start-up and the officer
 * reorder it and add milestones from pathway templates or by hand.
 */
export async function MilestonePlanView({
  organisationSlug,
  plan,
  side,
  now,
  locale,
}: {
  organisationSlug: string;
  plan: MilestonePlanData;
  side: MilestoneViewerSide;
  now: Date;
  locale: string;
}) {
  const [t, f] = await Promise.all([getTranslations("milestones"), getFormat()]);
  const { enrolment, milestones, summary } = plan;
  const canPlan = side !== "MENTOR" && enrolment.status === "ACTIVE";
  const order = milestones.map((milestone) => milestone.id);
  const needsSignOff = milestones.some(
    (m) => m.requiresMentorSignOff && m.status !== "ACHIEVED" && m.status !== "MISSED",
  );
  const startupName = localName(locale, enrolment.startup.name, enrolment.startup.nameZh);
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title={t("plan.cardTitle")}
          description={t("plan.enrolledSince", {
            programme: localName(locale, enrolment.programme.name, enrolment.programme.nameZh),
            date: f.date(enrolment.startsOn),
          })}
          action={
            summary.total > 0 ? (
              <span className="text-ink-600">
                {t("achievedOfTotal", { achieved: summary.achieved, total: summary.total })}
              </span>
            ) : null
          }
        />
        {summary.total > 0 ? (
          <div className="space-y-3 border-b border-ink-100 px-4 py-3 sm:px-5">
            <ProgressBar
              label={t("progressLabel", { name: startupName })}
              value={summary.achieved}
              max={summary.total}
            />
            <ul
              className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
              aria-label={t("plan.summaryLabel")}
            >
              <li className={summary.overdue > 0 ? "font-medium text-red-700" : "text-ink-600"}>
                {t("overdueCount", { count: summary.overdue })}
              </li>
              <li className={summary.dueSoon > 0 ? "font-medium text-amber-700" : "text-ink-600"}>
                {t("plan.dueSoonCount", { count: summary.dueSoon })}
              </li>
              <li className="text-ink-600">
                {t("plan.awaitingCount", { count: summary.awaitingAssessment })}
              </li>
            </ul>
            {needsSignOff && enrolment.mentors.length === 0 ? (
              <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {t("plan.noMentorWarning")}
              </p>
            ) : null}
          </div>
        ) : null}
        {milestones.length === 0 ? (
          <CardBody>
            <EmptyState title={t("plan.emptyTitle")}>
              {canPlan ? t("plan.emptyCanPlan") : t("plan.emptyReadOnly")}
            </EmptyState>
          </CardBody>
        ) : (
          <ol className="divide-y divide-ink-100" aria-label={t("plan.listLabel")}>
            {milestones.map((milestone, index) => (
              <li
                key={milestone.id}
                className="flex items-start gap-3 px-4 py-3 sm:px-5"
                aria-label={milestone.title}
              >
                <span className="mt-0.5 w-6 shrink-0 text-right text-sm text-ink-400 tabular-nums">
                  {index + 1}
                </span>
                <div className="min-w-0 flex-1 space-y-1.5">
                  <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                    <Link
                      href={milestonePath(organisationSlug, enrolment.id, milestone.id)}
                      className="font-medium break-words text-ink-900 hover:text-brand-700 hover:underline"
                    >
                      {milestone.title}
                    </Link>
                    <MilestoneStatusBadge status={milestone.status} />
                  </div>
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-ink-500">
                    <MilestoneDue dueOn={milestone.dueOn} status={milestone.status} now={now} />
                    <span>{t(`category.${milestone.category}`)}</span>
                    {milestone.requiresMentorSignOff ? (
                      milestone.mentorSignedOffAt ? (
                        <Badge tone="success">{t("plan.mentorSignedOff")}</Badge>
                      ) : (
                        <Badge tone="muted">{t("plan.mentorSignOffRequired")}</Badge>
                      )
                    ) : null}
                    {milestone.evidenceCount > 0 ? (
                      <span>{t("plan.evidenceCount", { count: milestone.evidenceCount })}</span>
                    ) : null}
                  </div>
                </div>
                {canPlan && milestones.length > 1 ? (
                  <ReorderButtons
                    organisation={organisationSlug}
                    enrolmentId={enrolment.id}
                    order={order}
                    milestoneId={milestone.id}
                    title={milestone.title}
                  />
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Card>
      {canPlan ? (
        <AddMilestones
          organisation={organisationSlug}
          enrolmentId={enrolment.id}
          enrolmentStartsOn={enrolment.startsOn.toISOString().slice(0, 10)}
          templates={plan.templates.map((template) => ({
            ...template,
            defaultDueOn: new Date(
              enrolment.startsOn.getTime() + template.defaultOffsetDays * 86_400_000,
            )
              .toISOString()
              .slice(0, 10),
          }))}
          isOfficer={side === "OFFICER"}
        />
      ) : null}
    </div>
  );
}
