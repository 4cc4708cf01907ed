import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionItemToggle } from "@/components/coaching/action-item-toggle";
import { CalendarLink } from "@/components/coaching/calendar-link";
import { DueLabel } from "@/components/coaching/due-label";
import { localName } from "@/components/cohort/local-name";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listMentorStartups } from "@/lib/data/coaching/list-mentor-startups";
import { readCursorParam } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("coaching");
  return { title: t("desk.title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The mentor's desk: assigned start-ups, sessions to write up, upcoming ones, open items. */
export default async function MentoringPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "coaching.log");
  const [desk, t, labels, f] = await readAsTenant(() =>
    Promise.all([
      listMentorStartups(organisation.id, user.id, { cursor: readCursorParam(query) }),
      getTranslations("coaching"),
      getTranslations("coachingClient"),
      getFormat(),
    ]),
  );
  const base = `/${organisation.slug}/mentoring`;
  const more = (shown: number, total: number) =>
    total > shown ? (
      <p className="border-t border-ink-100 px-4 py-2 text-xs text-ink-500 sm:px-5">
        {t("desk.moreCount", { shown, total })}
      </p>
    ) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PageHeader title={t("desk.title")} description={t("desk.description")} />
        <Link
          href={`${base}/profile`}
          className="text-sm font-medium text-brand-700 hover:underline"
        >
          {t("desk.profileLink")}
        </Link>
      </div>
      <StatGrid>
        <Stat label={t("desk.startups")} value={f.number(desk.startupCount)} tone="brand" />
        <Stat
          label={t("desk.toWriteUp")}
          value={f.number(desk.toLogCount)}
          tone={desk.toLogCount > 0 ? "warning" : "neutral"}
        />
        <Stat label={t("desk.upcoming")} value={f.number(desk.upcomingCount)} />
        <Stat
          label={t("desk.openItems")}
          value={f.number(desk.actionItemCount)}
          tone={desk.actionItemCount > 0 ? "warning" : "neutral"}
        />
      </StatGrid>

      {desk.toLog.length > 0 ? (
        <Card>
          <CardHeader title={t("desk.toLogTitle")} description={t("desk.toLogDescription")} />
          <ul className="divide-y divide-ink-100">
            {desk.toLog.map((session) => (
              <li
                key={session.id}
                className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-5"
              >
                <div>
                  <p className="font-medium text-ink-900">{localName(f.locale, session.startup)}</p>
                  <p className="text-sm text-ink-600">
                    {f.dateTime(session.startsAt)} · {labels(`mode.${session.mode}`)}
                  </p>
                </div>
                <ButtonLink
                  href={`${base}/${session.enrolmentId}/log?session=${session.id}`}
                  size="sm"
                >
                  {t("desk.logSession")}
                </ButtonLink>
              </li>
            ))}
          </ul>
          {more(desk.toLog.length, desk.toLogCount)}
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-5">
        <Card className="min-w-0 lg:col-span-3">
          <CardHeader
            title={t("desk.yourStartups")}
            description={
              desk.startupCount > 0
                ? t("desk.startupCount", { count: desk.startupCount })
                : undefined
            }
          />
          {desk.startups.length === 0 ? (
            <CardBody>
              <EmptyState title={t("desk.noStartupsTitle")}>
                {t.rich("desk.noStartupsBody", {
                  profile: (chunks) => (
                    <Link href={`${base}/profile`} className="text-brand-700 hover:underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </EmptyState>
            </CardBody>
          ) : (
            <ul className="divide-y divide-ink-100">
              {desk.startups.map((startup) => (
                <li key={startup.assignmentId} className="space-y-2 px-4 py-4 sm:px-5">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <Link
                        href={`${base}/${startup.enrolmentId}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {localName(f.locale, startup.startup)}
                      </Link>
                      <p className="text-xs text-ink-500">
                        {localName(f.locale, startup.programme)}
                        {startup.startup.startupProfile?.pipelineStage
                          ? ` · ${startup.startup.startupProfile.pipelineStage}`
                          : ""}
                      </p>
                    </div>
                    <ButtonLink
                      href={`${base}/${startup.enrolmentId}/log`}
                      size="sm"
                      variant="secondary"
                    >
                      {t("desk.logASession")}
                    </ButtonLink>
                  </div>
                  {startup.supportNeeds.length > 0 ? (
                    <div className="flex flex-wrap gap-1.5">
                      {startup.supportNeeds.map((need) => (
                        <Badge key={need} tone="brand">
                          {labels(`topic.${need}`)}
                        </Badge>
                      ))}
                    </div>
                  ) : null}
                  <dl className="grid grid-cols-3 gap-2 text-sm">
                    <div>
                      <dt className="text-xs text-ink-500">{t("desk.lastSession")}</dt>
                      <dd className="text-ink-800">
                        {startup.lastSessionAt ? f.date(startup.lastSessionAt) : t("desk.noneYet")}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-xs text-ink-500">{t("desk.next")}</dt>
                      <dd className="text-ink-800">
                        {startup.nextSessionAt
                          ? f.date(startup.nextSessionAt)
                          : t("desk.notScheduled")}
                      </dd>
                    </div>
                    <div>
                      <dt className="text-xs text-ink-500">{t("desk.openItemsShort")}</dt>
                      <dd className="text-ink-800">{f.number(startup.openActionItemCount)}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )}
          <CursorPager
            basePath={base}
            searchParams={query}
            nextCursor={desk.startupsNextCursor}
            label={t("desk.pages")}
          />
        </Card>

        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <CardHeader
              title={t("desk.upcoming")}
              action={
                desk.upcoming.length > 0 ? <CalendarLink organisation={organisation.slug} /> : null
              }
            />
            {desk.upcoming.length === 0 ? (
              <CardBody>
                <p className="text-sm text-ink-500">{t("desk.nothingScheduled")}</p>
              </CardBody>
            ) : (
              <ul className="divide-y divide-ink-100">
                {desk.upcoming.map((session) => (
                  <li
                    key={session.id}
                    className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm sm:px-5"
                  >
                    <span>
                      <span className="block font-medium text-ink-900">
                        {localName(f.locale, session.startup)}
                      </span>
                      <span className="text-ink-600">
                        {f.dateTime(session.startsAt)} · {labels(`mode.${session.mode}`)}
                      </span>
                    </span>
                    <CalendarLink organisation={organisation.slug} sessionId={session.id} />
                  </li>
                ))}
              </ul>
            )}
            {more(desk.upcoming.length, desk.upcomingCount)}
          </Card>

          <Card>
            <CardHeader title={t("desk.openItems")} description={t("desk.fromYourSessions")} />
            {desk.actionItems.length === 0 ? (
              <CardBody>
                <p className="text-sm text-ink-500">{t("desk.nothingOpen")}</p>
              </CardBody>
            ) : (
              <ul className="divide-y divide-ink-100">
                {desk.actionItems.map((item) => (
                  <li key={item.id} className="px-4 py-3 text-sm sm:px-5">
                    {item.ownerSide === "MENTOR" ? (
                      <ActionItemToggle
                        organisation={organisation.slug}
                        actionItemId={item.id}
                        description={item.description}
                        isDone={false}
                      />
                    ) : (
                      <p className="text-ink-800">{item.description}</p>
                    )}
                    <p
                      className={`text-xs text-ink-500 ${item.ownerSide === "MENTOR" ? "ml-6.5" : ""}`}
                    >
                      {localName(f.locale, item.startup)} ·{" "}
                      {item.ownerSide === "MENTOR"
                        ? t("desk.yours")
                        : (item.owner?.name ?? labels(`ownerSide.${item.ownerSide}`))}
                      {item.dueOn ? (
                        <>
                          {" · "}
                          <DueLabel dueOn={item.dueOn} today={desk.today} />
                        </>
                      ) : null}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {more(desk.actionItems.length, desk.actionItemCount)}
          </Card>

          {desk.awaitingConfirmation.length > 0 ? (
            <Card>
              <CardHeader
                title={t("desk.waitingTitle")}
                description={t("desk.waitingDescription")}
              />
              <ul className="divide-y divide-ink-100">
                {desk.awaitingConfirmation.map((session) => (
                  <li key={session.id} className="px-4 py-3 text-sm sm:px-5">
                    <span className="font-medium text-ink-900">
                      {localName(f.locale, session.startup)}
                    </span>
                    <span className="text-ink-600"> · {f.date(session.startsAt)}</span>
                  </li>
                ))}
              </ul>
              {more(desk.awaitingConfirmation.length, desk.awaitingConfirmationCount)}
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
