import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StartupMemberHomeData } from "@/lib/data/homes/startup-member-home";
import { ApplicationsList } from "@/components/applications/applications-list";
import { ActionItemToggle } from "@/components/coaching/action-item-toggle";
import { ConfirmSessionButton } from "@/components/coaching/confirm-session-button";
import { StartupGrantBalances } from "@/components/homes/startup-grant-balances";
import { StartupNextSteps } from "@/components/homes/startup-next-steps";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { statusStyles } from "@/components/ui/status-badge";
import { getFormat } from "@/i18n/format";
import { milestonePath } from "@/lib/domain/milestone-paths";

const linkClassName =
  "font-medium text-brand-700 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600";

/** The start-up's home: what to do next first, then milestones, coaching, money and applications. */
export async function StartupMemberHome({
  organisationSlug,
  startupName,
  startupNameZh,
  data,
}: {
  organisationSlug: string;
  startupName: string;
  startupNameZh: string | null;
  data: StartupMemberHomeData;
}) {
  const t = await getTranslations("startupHome");
  const f = await getFormat();
  const isZh = f.locale !== "en";
  const nameOf = (name: string, nameZh: string | null) => (isZh && nameZh ? nameZh : name);
  const profile = data.profile;
  const description = [profile?.leadAsset, profile?.pipelineStage].filter(Boolean).join(" · ");
  const more = (shown: number, total: number) =>
    total > shown ? (
      <span className="text-ink-500">{t("moreShown", { shown, total: f.number(total) })}</span>
    ) : undefined;

  return (
    <div className="space-y-6">
      <PageHeader
        title={startupName}
        titleZh={startupNameZh}
        description={description || undefined}
      />

      <StartupNextSteps organisationSlug={organisationSlug} steps={data.nextSteps} now={data.now} />

      <StatGrid>
        <Stat label={t("statApplications")} value={f.number(data.applicationCount)} />
        <Stat
          label={t("statMilestones")}
          value={f.number(data.openMilestoneCount)}
          tone={data.overdueMilestoneCount > 0 ? "danger" : "brand"}
          hint={t("statOverdueHint", { count: data.overdueMilestoneCount })}
        />
        <Stat
          label={t("statActionItems")}
          value={f.number(data.actionItemCount)}
          tone={data.actionItemCount > 0 ? "warning" : "neutral"}
        />
        <Stat label={t("statSessions")} value={f.number(data.upcomingSessionCount)} />
      </StatGrid>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader
            title={t("milestonesTitle")}
            action={
              more(data.milestones.length, data.openMilestoneCount) ?? (
                <Link href={`/${organisationSlug}/milestones`} className={linkClassName}>
                  {t("milestonesAll")}
                </Link>
              )
            }
          />
          <CardBody>
            {data.milestones.length === 0 ? (
              <EmptyState title={t("milestonesEmptyTitle")}>{t("milestonesEmptyBody")}</EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.milestones.map((milestone) => {
                  const isOverdue =
                    milestone.status !== "SUBMITTED" && milestone.dueOn < data.today;
                  return (
                    <li
                      key={milestone.id}
                      className="flex items-start justify-between gap-3 py-2.5 first:pt-0 last:pb-0"
                    >
                      <div className="min-w-0">
                        <Link
                          href={milestonePath(
                            organisationSlug,
                            milestone.enrolmentId,
                            milestone.id,
                          )}
                          className={`text-sm [overflow-wrap:anywhere] ${linkClassName}`}
                        >
                          {milestone.title}
                        </Link>
                        <p className="text-xs text-ink-500">
                          {t(`category.${milestone.category}`)} ·{" "}
                          {nameOf(
                            milestone.enrolment.programme.name,
                            milestone.enrolment.programme.nameZh,
                          )}{" "}
                          ·{" "}
                          <span className={isOverdue ? "font-medium text-red-700" : undefined}>
                            {t("dueOn", { date: f.date(milestone.dueOn) })}
                            {isOverdue ? ` · ${t("overdue")}` : ""}
                          </span>
                        </p>
                      </div>
                      <Badge tone={statusStyles.milestone[milestone.status].tone}>
                        {t(`milestoneStatus.${milestone.status}`)}
                      </Badge>
                    </li>
                  );
                })}
              </ul>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("actionItemsTitle")}
            description={t("actionItemsDescription")}
            action={more(data.actionItems.length, data.actionItemCount)}
          />
          <CardBody>
            {data.actionItems.length === 0 ? (
              <EmptyState title={t("actionItemsEmptyTitle")}>
                {t("actionItemsEmptyBody")}
              </EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.actionItems.map((item) => {
                  const isOverdue = item.dueOn !== null && item.dueOn < data.today;
                  return (
                    <li key={item.id} className="py-2.5 text-sm first:pt-0 last:pb-0">
                      {item.ownerSide === "STARTUP" ? (
                        <ActionItemToggle
                          organisation={organisationSlug}
                          actionItemId={item.id}
                          description={item.description}
                          isDone={false}
                        />
                      ) : (
                        <p className="[overflow-wrap:anywhere] text-ink-900">{item.description}</p>
                      )}
                      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-ink-500">
                        <Badge tone={item.ownerSide === "STARTUP" ? "warning" : "neutral"}>
                          {t(`ownerSide.${item.ownerSide}`)}
                        </Badge>
                        {item.ownerName ? <span>{item.ownerName}</span> : null}
                        {item.dueOn ? (
                          <span className={isOverdue ? "font-medium text-red-700" : undefined}>
                            {t("dueOn", { date: f.date(item.dueOn) })}
                            {isOverdue ? ` · ${t("overdue")}` : ""}
                          </span>
                        ) : null}
                        <span>{t("withMentor", { name: item.mentorName })}</span>
                      </p>
                    </li>
                  );
                })}
              </ul>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("sessionsTitle")}
            action={more(data.sessions.length, data.upcomingSessionCount)}
          />
          <CardBody>
            {data.sessions.length === 0 ? (
              <EmptyState title={t("sessionsEmptyTitle")}>{t("sessionsEmptyBody")}</EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.sessions.map((session) => (
                  <li key={session.id} className="py-2.5 first:pt-0 last:pb-0">
                    <p className="text-sm font-medium text-ink-900">
                      {f.dateTime(session.startsAt)} ·{" "}
                      {t("sessionLine", { duration: session.durationMinutes })}
                    </p>
                    <p className="text-xs text-ink-500">
                      {session.mentor.name} · {t(`mode.${session.mode}`)} ·{" "}
                      {nameOf(session.enrolment.programme.name, session.enrolment.programme.nameZh)}
                    </p>
                    {session.topics.length > 0 ? (
                      <p className="mt-1 flex flex-wrap gap-1.5">
                        {session.topics.map((topic) => (
                          <Badge key={topic} tone="neutral">
                            {t(`topic.${topic}`)}
                          </Badge>
                        ))}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>

        {data.sessionsToConfirm.length > 0 ? (
          <Card>
            <CardHeader title={t("confirmTitle")} description={t("confirmDescription")} />
            <CardBody>
              <ul className="divide-y divide-ink-100">
                {data.sessionsToConfirm.map((session) => (
                  <li
                    key={session.id}
                    className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 py-2.5 first:pt-0 last:pb-0"
                  >
                    <div className="min-w-0">
                      <p className="text-sm font-medium text-ink-900">
                        {f.dateTime(session.startsAt)}
                      </p>
                      <p className="text-xs text-ink-500">
                        {session.mentorName} · {t(`mode.${session.mode}`)}
                      </p>
                    </div>
                    <ConfirmSessionButton organisation={organisationSlug} sessionId={session.id} />
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
        ) : null}
      </div>

      <StartupGrantBalances organisationSlug={organisationSlug} grants={data.grants} />

      <Card>
        <CardHeader
          title={t("applicationsTitle")}
          description={t("applicationsDescription")}
          action={
            data.applicationCount > data.applications.length ? (
              <Link href={`/${organisationSlug}/applications`} className={linkClassName}>
                {t("applicationsAll", { total: f.number(data.applicationCount) })}
              </Link>
            ) : undefined
          }
        />
        {data.applications.length === 0 ? (
          <CardBody>
            <EmptyState title={t("applicationsEmptyTitle")}>
              {t("applicationsEmptyBody")}
            </EmptyState>
          </CardBody>
        ) : (
          <ApplicationsList
            organisation={organisationSlug}
            applications={data.applications}
            caption={t("applicationsCaption")}
          />
        )}
      </Card>
    </div>
  );
}
