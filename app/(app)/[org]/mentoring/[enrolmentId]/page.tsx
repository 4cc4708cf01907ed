import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CalendarLink } from "@/components/coaching/calendar-link";
import { CancelSessionButton } from "@/components/coaching/cancel-session-button";
import { ScheduleSessionForm } from "@/components/coaching/schedule-session-form";
import { SessionCard } from "@/components/coaching/session-card";
import { localName } from "@/components/cohort/local-name";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getMentorEnrolment } from "@/lib/data/coaching/get-mentor-enrolment";
import { addDays } from "@/lib/domain/dates";
import { readCursorParam } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("coaching");
  return { title: t("mentorStartup.title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** One assigned start-up for its mentor: profile, support plan, sessions, scheduling. */
export default async function MentorEnrolmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org, enrolmentId } = await params;
  const query = await searchParams;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "coaching.log");
  const [view, t, labels, f] = await readAsTenant(() =>
    Promise.all([
      getMentorEnrolment(organisation.id, user.id, enrolmentId, {
        sessionCursor: readCursorParam(query),
      }),
      getTranslations("coaching"),
      getTranslations("coachingClient"),
      getFormat(),
    ]),
  );
  if (!view) notFound();
  const { enrolment } = view;
  const profile = enrolment.startup.startupProfile;
  const base = `/${organisation.slug}/mentoring/${enrolment.id}`;
  const now = new Date();
  const startupName = localName(f.locale, enrolment.startup);
  const coMentors = enrolment.mentorAssignments
    .map((assignment) => assignment.mentor)
    .filter((mentor) => mentor.id !== user.id);
  const language = (tag: string) =>
    labels.has(`language.${tag}`) ? labels(`language.${tag}`) : tag;

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/mentoring`}
          className="text-sm text-brand-700 hover:underline"
        >
          {t("mentorStartup.back")}
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <PageHeader
            title={enrolment.startup.name}
            titleZh={enrolment.startup.nameZh}
            description={t("mentorStartup.description", {
              programme: localName(f.locale, enrolment.programme),
              date: f.date(view.assignedSince),
            })}
          />
          <ButtonLink href={`${base}/log`}>{t("desk.logASession")}</ButtonLink>
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CardHeader
            title={t("mentorStartup.sessions")}
            description={t("mentorStartup.sessionsDescription", { count: view.sessions.total })}
          />
          {view.sessions.items.length === 0 ? (
            <CardBody>
              <EmptyState title={t("mentorStartup.noSessionsTitle")}>
                {t("mentorStartup.noSessionsBody")}
              </EmptyState>
            </CardBody>
          ) : (
            <div className="divide-y divide-ink-100">
              {view.sessions.items.map((session) => (
                <SessionCard
                  key={session.id}
                  session={session}
                  heading={
                    session.isOwn
                      ? t("mentorStartup.yourSession")
                      : t("mentorStartup.withMentor", { name: localName(f.locale, session.mentor) })
                  }
                  today={view.today}
                  organisation={organisation.slug}
                  tickSide={session.isOwn ? "MENTOR" : undefined}
                  actions={
                    session.isOwn && session.status === "SCHEDULED" ? (
                      <>
                        {session.startsAt <= now ? (
                          <ButtonLink href={`${base}/log?session=${session.id}`} size="sm">
                            {t("desk.logSession")}
                          </ButtonLink>
                        ) : (
                          <CalendarLink organisation={organisation.slug} sessionId={session.id} />
                        )}
                        <CancelSessionButton
                          organisation={organisation.slug}
                          sessionId={session.id}
                          when={f.dateTime(session.startsAt)}
                          startupName={startupName}
                        />
                      </>
                    ) : null
                  }
                />
              ))}
            </div>
          )}
          <CursorPager
            basePath={base}
            searchParams={query}
            nextCursor={view.sessions.nextCursor}
            label={t("mentorStartup.pages")}
          />
        </Card>

        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader title={t("mentorStartup.helpWith")} />
            <CardBody className="space-y-3 text-sm">
              {enrolment.supportNeeds.length > 0 ? (
                <div className="flex flex-wrap gap-1.5">
                  {enrolment.supportNeeds.map((need) => (
                    <Badge key={need} tone="brand">
                      {labels(`topic.${need}`)}
                    </Badge>
                  ))}
                </div>
              ) : (
                <p className="text-ink-500">{t("mentorStartup.noNeeds")}</p>
              )}
              {enrolment.workingLanguages.length > 0 ? (
                <p className="text-ink-600">
                  {t("mentorStartup.worksIn", {
                    languages: enrolment.workingLanguages
                      .map(language)
                      .join(f.locale.startsWith("zh") ? "、" : ", "),
                  })}
                </p>
              ) : null}
              {profile?.leadAsset ? <p className="text-ink-800">{profile.leadAsset}</p> : null}
              {profile?.pipelineStage ? (
                <p className="text-ink-600">{profile.pipelineStage}</p>
              ) : null}
              <div className="flex flex-wrap gap-1.5">
                {(profile?.focusAreas ?? []).map((area) => (
                  <Badge key={area}>{labels(`focusArea.${area}`)}</Badge>
                ))}
              </div>
              <p className="text-ink-600">
                {view.members.length > 0
                  ? t("mentorStartup.team", {
                      names: view.members.map((member) => member.name).join(", "),
                    })
                  : t("mentorStartup.noTeam")}
              </p>
              {coMentors.length > 0 ? (
                <p className="text-ink-600">
                  {t("mentorStartup.alsoMentoredBy", {
                    names: coMentors.map((mentor) => mentor.name).join(", "),
                  })}
                </p>
              ) : null}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("mentorStartup.scheduleTitle")} />
            <CardBody>
              <ScheduleSessionForm
                organisation={organisation.slug}
                enrolmentId={enrolment.id}
                defaultDate={addDays(view.today, 14).toISOString().slice(0, 10)}
                defaultTopics={enrolment.supportNeeds.slice(0, 2)}
              />
            </CardBody>
          </Card>
        </div>
      </div>
    </div>
  );
}
