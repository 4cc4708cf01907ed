import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MentorHomeData, MentorStartup } from "@/lib/data/homes/mentor-home";
import { ActionItemToggle } from "@/components/coaching/action-item-toggle";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat, type Format } from "@/i18n/format";

const linkClassName =
  "font-medium text-brand-700 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600";

/** The mentor's home: who needs a session, what to write up, what is open, what is next. */
export async function MentorHome({
  organisationSlug,
  data,
}: {
  organisationSlug: string;
  data: MentorHomeData;
}) {
  const t = await getTranslations("mentorHome");
  const f = await getFormat();
  const nameOf = (startup: { name: string; nameZh: string | null }) =>
    f.locale !== "en" && startup.nameZh ? startup.nameZh : startup.name;
  const staleCount = data.startups.filter((startup) => startup.isStale).length;
  const more = (shown: number, total: number) =>
    total > shown ? (
      <span className="text-ink-500">{t("moreShown", { shown, total: f.number(total) })}</span>
    ) : undefined;

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <StatGrid>
        <Stat
          label={t("statAssigned")}
          value={f.number(data.startupCount)}
          tone="brand"
          hint={t("statStaleHint", { count: staleCount })}
        />
        <Stat
          label={t("statToLog")}
          value={f.number(data.sessionsToLogCount)}
          tone={data.sessionsToLogCount > 0 ? "warning" : "neutral"}
        />
        <Stat
          label={t("statActionItems")}
          value={f.number(data.openActionItemCount)}
          tone={data.openActionItemCount > 0 ? "warning" : "neutral"}
        />
        <Stat label={t("statReviews")} value={f.number(data.reviewCount)} />
      </StatGrid>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader
            title={t("toLogTitle")}
            description={t("toLogDescription")}
            action={more(data.sessionsToLog.length, data.sessionsToLogCount)}
          />
          <CardBody>
            {data.sessionsToLog.length === 0 ? (
              <EmptyState title={t("toLogEmptyTitle")}>{t("toLogEmptyBody")}</EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.sessionsToLog.map((session) => (
                  <li
                    key={session.id}
                    className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2.5 first:pt-0 last:pb-0"
                  >
                    <div className="min-w-0">
                      <p className="text-sm font-medium text-ink-900">
                        {nameOf({ name: session.startupName, nameZh: session.startupNameZh })}
                      </p>
                      <p className="text-xs text-ink-500">
                        {f.dateTime(session.startsAt)} · {t(`mode.${session.mode}`)}
                      </p>
                    </div>
                    <Link
                      href={`/${organisationSlug}/mentoring/${session.enrolmentId}/log?session=${session.id}`}
                      className={linkClassName}
                      aria-label={t("writeUpLabel", {
                        name: nameOf({ name: session.startupName, nameZh: session.startupNameZh }),
                        date: f.date(session.startsAt),
                      })}
                    >
                      {t("writeUp")}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("upcomingTitle")}
            action={more(data.upcomingSessions.length, data.upcomingSessionCount)}
          />
          <CardBody>
            {data.upcomingSessions.length === 0 ? (
              <EmptyState title={t("upcomingEmptyTitle")}>{t("upcomingEmptyBody")}</EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.upcomingSessions.map((session) => (
                  <li key={session.id} className="py-2.5 first:pt-0 last:pb-0">
                    <p className="text-sm font-medium text-ink-900">
                      {f.dateTime(session.startsAt)}
                    </p>
                    <p className="text-xs text-ink-500">
                      <Link
                        href={`/${organisationSlug}/mentoring/${session.enrolmentId}`}
                        className={linkClassName}
                      >
                        {nameOf({ name: session.startupName, nameZh: session.startupNameZh })}
                      </Link>{" "}
                      ·{" "}
                      {t("sessionLine", {
                        duration: session.durationMinutes,
                        mode: t(`mode.${session.mode}`),
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("actionItemsTitle")}
            description={t("actionItemsDescription")}
            action={more(data.actionItems.length, data.openActionItemCount)}
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
                      {item.ownerSide === "MENTOR" ? (
                        <ActionItemToggle
                          organisation={organisationSlug}
                          actionItemId={item.id}
                          description={item.description}
                          isDone={false}
                        />
                      ) : (
                        <p className="[overflow-wrap:anywhere] text-ink-800">{item.description}</p>
                      )}
                      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-ink-500">
                        <Badge tone={item.ownerSide === "MENTOR" ? "warning" : "neutral"}>
                          {t(`ownerSide.${item.ownerSide}`)}
                        </Badge>
                        {item.ownerName ? <span>{item.ownerName}</span> : null}
                        <Link
                          href={`/${organisationSlug}/mentoring/${item.enrolmentId}`}
                          className={linkClassName}
                        >
                          {nameOf({ name: item.startupName, nameZh: item.startupNameZh })}
                        </Link>
                        {item.dueOn ? (
                          <span className={isOverdue ? "font-medium text-red-700" : undefined}>
                            {t("dueOn", { date: f.date(item.dueOn) })}
                            {isOverdue ? ` · ${t("overdue")}` : ""}
                          </span>
                        ) : null}
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
            title={t("reviewsTitle")}
            action={more(data.reviews.length, data.reviewCount)}
          />
          <CardBody>
            {data.reviews.length === 0 ? (
              <EmptyState title={t("reviewsEmptyTitle")}>{t("reviewsEmptyBody")}</EmptyState>
            ) : (
              <ul className="divide-y divide-ink-100">
                {data.reviews.map((review) => {
                  return (
                    <li
                      key={review.id}
                      className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 py-2.5 first:pt-0 last:pb-0"
                    >
                      <div className="min-w-0">
                        <p className="text-sm font-medium [overflow-wrap:anywhere] text-ink-900">
                          {review.projectTitle}
                        </p>
                        <p className="text-xs text-ink-500">
                          {review.reference} ·{" "}
                          {nameOf({ name: review.callTitle, nameZh: review.callTitleZh })} ·{" "}
                          {review.dueAt
                            ? t("dueOn", { date: f.date(review.dueAt) })
                            : t("noDueDate")}
                        </p>
                      </div>
                      <Link
                        href={`/${organisationSlug}/reviews/${review.id}`}
                        className={linkClassName}
                      >
                        {t("openReview")}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </CardBody>
        </Card>
      </div>

      <Card>
        <CardHeader
          title={t("startupsTitle")}
          description={
            data.startupCount > data.startups.length
              ? `${t("startupsDescription")} ${t("startupsShown", {
                  shown: data.startups.length,
                  total: f.number(data.startupCount),
                })}`
              : t("startupsDescription")
          }
          action={
            <Link href={`/${organisationSlug}/mentoring`} className={linkClassName}>
              {t("startupsAll")}
            </Link>
          }
        />
        {data.startups.length === 0 ? (
          <CardBody>
            <EmptyState title={t("startupsEmptyTitle")}>{t("startupsEmptyBody")}</EmptyState>
          </CardBody>
        ) : (
          <ul className="divide-y divide-ink-100">
            {data.startups.map((startup) => (
              <MentorStartupRow
                key={startup.assignmentId}
                startup={startup}
                organisationSlug={organisationSlug}
                name={nameOf(startup)}
                f={f}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

async function MentorStartupRow({
  startup,
  organisationSlug,
  name,
  f,
}: {
  startup: MentorStartup;
  organisationSlug: string;
  name: string;
  f: Format;
}) {
  const t = await getTranslations("mentorHome");
  return (
    <li className="grid gap-2 px-4 py-3 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)] sm:px-5">
      <div className="min-w-0">
        <Link
          href={`/${organisationSlug}/mentoring/${startup.enrolmentId}`}
          className={linkClassName}
        >
          {name}
        </Link>
        <p className="text-xs text-ink-500">
          {f.locale !== "en" && startup.programmeNameZh
            ? startup.programmeNameZh
            : startup.programmeName}{" "}
          · {t("assignedSince", { date: f.date(startup.assignedSince) })}
        </p>
        {startup.leadAsset ? (
          <p className="text-xs text-ink-600">
            {startup.leadAsset}
            {startup.pipelineStage ? ` · ${startup.pipelineStage}` : ""}
          </p>
        ) : null}
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:col-span-2">
        <div>
          <dt className="text-xs text-ink-500">{t("lastSession")}</dt>
          <dd className="font-medium text-ink-800">
            {startup.lastSessionAt ? f.date(startup.lastSessionAt) : t("noneYet")}
            {startup.isStale ? (
              <span className="mt-0.5 block">
                <Badge tone="danger">{startup.lastSessionAt ? t("stale") : t("staleNever")}</Badge>
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-500">{t("nextSession")}</dt>
          <dd className="font-medium text-ink-800">
            {startup.nextSessionAt ? f.dateTime(startup.nextSessionAt) : t("notScheduled")}
            <span className="block text-xs font-normal text-ink-500">
              {t("openItems", { count: startup.openActionItems })}
            </span>
          </dd>
        </div>
      </dl>
    </li>
  );
}
