import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionItemToggle } from "@/components/coaching/action-item-toggle";
import { CalendarLink } from "@/components/coaching/calendar-link";
import { ConfirmSessionButton } from "@/components/coaching/confirm-session-button";
import { DueLabel } from "@/components/coaching/due-label";
import { SessionCard } from "@/components/coaching/session-card";
import { localName } from "@/components/cohort/local-name";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import {
  listStartupCoaching,
  type StartupCoaching,
} from "@/lib/data/coaching/list-startup-coaching";
import { readCursorParam } from "@/lib/pagination/cursor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("coaching");
  return { title: t("startup.title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The founder's coaching: mentors, sessions to confirm, action items, upcoming and past sessions. */
export default async function CoachingPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "coaching.confirm");
  const [coaching, t, labels, f] = await Promise.all([
    listStartupCoaching(organisation.id, { pastCursor: readCursorParam(query) }),
    getTranslations("coaching"),
    getTranslations("coachingClient"),
    getFormat(),
  ]);
  const slug = organisation.slug;
  const base = `/${slug}/coaching`;
  const isLaterPage = Boolean(readCursorParam(query));

  return (
    <div className="space-y-6">
      <PageHeader title={t("startup.title")} description={t("startup.description")} />

      {coaching.mentors.length === 0 && coaching.pastCount === 0 ? (
        <EmptyState title={t("startup.noMentorTitle")}>{t("startup.noMentorBody")}</EmptyState>
      ) : null}

      {coaching.toConfirm.length > 0 && !isLaterPage ? (
        <Card>
          <CardHeader
            title={t("startup.confirmTitle")}
            description={t("startup.confirmDescription")}
          />
          <div className="divide-y divide-ink-100">
            {coaching.toConfirm.map((session) => (
              <SessionCard
                key={session.id}
                session={session}
                heading={t("startup.withMentor", { name: localName(f.locale, session.mentor) })}
                today={coaching.today}
                organisation={slug}
                tickSide="STARTUP"
                actions={<ConfirmSessionButton organisation={slug} sessionId={session.id} />}
              />
            ))}
          </div>
          {coaching.toConfirmCount > coaching.toConfirm.length ? (
            <p className="border-t border-ink-100 px-4 py-2 text-xs text-ink-500 sm:px-5">
              {t("startup.moreToConfirm", {
                count: coaching.toConfirmCount - coaching.toConfirm.length,
              })}
            </p>
          ) : null}
        </Card>
      ) : null}

      {/* On a phone the columns dissolve (display: contents) and `order` puts the next session
          between the action items and the history; on a wide screen it sits in the side column. */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-5 lg:items-start">
        <div className="contents lg:col-span-3 lg:block lg:min-w-0 lg:space-y-6">
          <Card className="order-1">
            <CardHeader
              title={t("startup.actionItems")}
              description={t("startup.openCount", { count: coaching.openActionItemCount })}
            />
            {coaching.openActionItems.length === 0 ? (
              <CardBody>
                <p className="text-sm text-ink-500">{t("startup.nothingOpen")}</p>
              </CardBody>
            ) : (
              <ul className="divide-y divide-ink-100">
                {coaching.openActionItems.map((item) => (
                  <li key={item.id} className="px-4 py-3 text-sm sm:px-5">
                    {item.ownerSide === "STARTUP" ? (
                      <ActionItemToggle
                        organisation={slug}
                        actionItemId={item.id}
                        description={item.description}
                        isDone={false}
                      />
                    ) : (
                      <p className="text-ink-800">{item.description}</p>
                    )}
                    <p
                      className={`text-xs text-ink-500 ${item.ownerSide === "STARTUP" ? "ml-6.5" : ""}`}
                    >
                      {item.ownerSide === "STARTUP"
                        ? (item.owner?.name ?? t("startup.yourTeam"))
                        : item.ownerSide === "MENTOR"
                          ? t("startup.mentorOwner", { name: item.mentorName })
                          : item.owner
                            ? t("startup.teamOwner", { name: item.owner.name })
                            : labels(`ownerSide.${item.ownerSide}`)}
                      {item.dueOn ? (
                        <>
                          {" · "}
                          <DueLabel dueOn={item.dueOn} today={coaching.today} />
                        </>
                      ) : null}
                      {` · ${t("startup.from")} `}
                      <a href={`#session-${item.sessionId}`} className="hover:underline">
                        {f.date(item.sessionStartsAt)}
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {coaching.openActionItemCount > coaching.openActionItems.length ? (
              <p className="border-t border-ink-100 px-4 py-2 text-xs text-ink-500 sm:px-5">
                {t("startup.moreOpen", {
                  count: coaching.openActionItemCount - coaching.openActionItems.length,
                })}
              </p>
            ) : null}
            {coaching.closedActionItemCount > 0 ? (
              <details className="border-t border-ink-100 px-4 py-3 text-sm sm:px-5">
                <summary className="cursor-pointer text-ink-600">
                  {t("startup.doneOrDropped", { count: coaching.closedActionItemCount })}
                </summary>
                <ul className="mt-2 space-y-1.5">
                  {coaching.closedActionItems.map((item) => (
                    <li key={item.id}>
                      {item.ownerSide === "STARTUP" && item.status === "DONE" ? (
                        <ActionItemToggle
                          organisation={slug}
                          actionItemId={item.id}
                          description={item.description}
                          isDone
                        />
                      ) : (
                        <p className="text-ink-500 line-through">{item.description}</p>
                      )}
                    </li>
                  ))}
                </ul>
                {coaching.closedActionItemCount > coaching.closedActionItems.length ? (
                  <p className="mt-2 text-xs text-ink-500">
                    {t("startup.latestOnly", { count: coaching.closedActionItems.length })}
                  </p>
                ) : null}
              </details>
            ) : null}
          </Card>

          {coaching.pastCount > 0 ? (
            <Card className="order-3">
              <CardHeader
                title={t("startup.pastTitle")}
                description={t("startup.pastDescription", { count: coaching.pastCount })}
              />
              <div className="divide-y divide-ink-100">
                {coaching.past.map((session) => (
                  <SessionCard
                    key={session.id}
                    session={session}
                    heading={t("startup.withMentor", { name: localName(f.locale, session.mentor) })}
                    today={coaching.today}
                    organisation={slug}
                    tickSide="STARTUP"
                  />
                ))}
              </div>
              <CursorPager
                basePath={base}
                searchParams={query}
                nextCursor={coaching.pastNextCursor}
                label={t("startup.pastPages")}
              />
            </Card>
          ) : null}
        </div>

        <div className="contents lg:col-span-2 lg:block lg:min-w-0 lg:space-y-6">
          <div className="order-2">
            <UpcomingCard coaching={coaching} slug={slug} />
          </div>
          {coaching.mentors.length > 0 ? (
            <Card className="order-4">
              <CardHeader title={t("startup.yourMentors")} />
              <ul className="divide-y divide-ink-100">
                {coaching.mentors.map((assignment) => (
                  <li key={assignment.id} className="px-4 py-3 text-sm sm:px-5">
                    <p className="font-medium text-ink-900">
                      {assignment.mentor.name}
                      {assignment.mentor.nameZh ? (
                        <span className="ml-1.5 font-normal text-ink-500" lang="zh-HK">
                          {assignment.mentor.nameZh}
                        </span>
                      ) : null}
                    </p>
                    <p className="text-xs text-ink-500">
                      {t("startup.mentorSince", {
                        programme: localName(f.locale, assignment.enrolment.programme),
                        operator: localName(f.locale, assignment.enrolment.organisation),
                        date: f.date(assignment.startsOn),
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** The start-up's next scheduled sessions, each with its calendar file, and "add all". */
async function UpcomingCard({ coaching, slug }: { coaching: StartupCoaching; slug: string }) {
  const [t, f] = await Promise.all([getTranslations("coaching"), getFormat()]);
  return (
    <Card>
      <CardHeader
        title={t("startup.upcoming")}
        action={coaching.upcoming.length > 0 ? <CalendarLink organisation={slug} /> : null}
      />
      {coaching.upcoming.length === 0 ? (
        <CardBody>
          <p className="text-sm text-ink-500">{t("startup.noneScheduled")}</p>
        </CardBody>
      ) : (
        <div className="divide-y divide-ink-100">
          {coaching.upcoming.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              heading={t("startup.withMentor", { name: localName(f.locale, session.mentor) })}
              today={coaching.today}
              actions={
                <CalendarLink organisation={slug} sessionId={session.id} variant="secondary" />
              }
            />
          ))}
        </div>
      )}
      {coaching.upcomingCount > coaching.upcoming.length ? (
        <p className="border-t border-ink-100 px-4 py-2 text-xs text-ink-500 sm:px-5">
          {t("startup.moreUpcoming", { count: coaching.upcomingCount - coaching.upcoming.length })}
        </p>
      ) : null}
    </Card>
  );
}
