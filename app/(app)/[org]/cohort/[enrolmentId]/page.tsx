import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionCard } from "@/components/coaching/session-card";
import { EnrolmentStatusForm } from "@/components/cohort/enrolment-status-form";
import { localName } from "@/components/cohort/local-name";
import { SupportPlanForm } from "@/components/cohort/support-plan-form";
import { TranslatedStatusBadge } from "@/components/cohort/translated-status-badge";
import { MilestonePlanSection } from "@/components/milestones/milestone-plan-section";
import { EndAssignmentButton } from "@/components/mentors/end-assignment-button";
import { MentorSuggestions } from "@/components/mentors/mentor-suggestions";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getOfficerEnrolment } from "@/lib/data/cohort/get-officer-enrolment";
import {
  suggestMentors,
  type MentorSuggestions as Matching,
} from "@/lib/data/mentors/suggest-mentors";
import { hongKongToday } from "@/lib/domain/dates";
import { readCursorParam } from "@/lib/pagination/cursor";
import { readAsTenant } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohort");
  return { title: t("enrolment.title") };
}

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** Why a mentor fits, in the interface language (the same facts the ranking used). */
function reasonsOf(
  suggestion: Matching["suggestions"][number],
  needs: Matching["needs"],
  t: Translate,
  labels: Translate,
): string[] {
  const list = (items: string[]) => items.join(t("enrolment.reason.separator"));
  const reasons: string[] = [];
  const needCount = new Set(needs.needs).size;
  if (needCount === 0) reasons.push(t("enrolment.reason.noNeeds"));
  else if (suggestion.matchedNeeds.length > 0) {
    reasons.push(
      t("enrolment.reason.expertise", {
        topics: list(suggestion.matchedNeeds.map((need) => labels(`topic.${need}`))),
        matched: suggestion.matchedNeeds.length,
        count: needCount,
      }),
    );
  } else reasons.push(t("enrolment.reason.noExpertise", { count: needCount }));
  if (suggestion.sharedFocusAreas.length > 0) {
    reasons.push(
      t("enrolment.reason.worksIn", {
        areas: list(suggestion.sharedFocusAreas.map((area) => labels(`focusArea.${area}`))),
      }),
    );
  } else if (needs.focusAreas.length > 0) {
    reasons.push(
      t("enrolment.reason.noArea", {
        areas: list([...new Set(needs.focusAreas)].map((area) => labels(`focusArea.${area}`))),
      }),
    );
  }
  const language = (tag: string) =>
    labels.has(`language.${tag}`) ? labels(`language.${tag}`) : tag;
  if (suggestion.sharedLanguages.length > 0) {
    reasons.push(
      t("enrolment.reason.speaks", { languages: list(suggestion.sharedLanguages.map(language)) }),
    );
  } else if (needs.languages.length > 0) reasons.push(t("enrolment.reason.noLanguage"));
  const load = {
    load: suggestion.mentor.activeLoad,
    count: Math.max(0, suggestion.mentor.capacity),
  };
  reasons.push(
    suggestion.isFull ? t("enrolment.reason.full", load) : t("enrolment.reason.places", load),
  );
  return reasons;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** One enrolment for the programme team: term, benefits, support plan, mentors, coaching. */
export default async function EnrolmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org, enrolmentId } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "enrolment.manage");
  const [enrolment, matching, t, labels, common, f] = await readAsTenant(() =>
    Promise.all([
      getOfficerEnrolment(organisation.id, enrolmentId, { sessionCursor: readCursorParam(query) }),
      suggestMentors(organisation.id, enrolmentId),
      getTranslations("cohort"),
      getTranslations("coachingClient"),
      getTranslations("common"),
      getFormat(),
    ]),
  );
  if (!enrolment || !matching) notFound();
  const canAssign = roleCan(membership.role, "mentor.assign");
  const isActive = enrolment.status === "ACTIVE";
  const today = hongKongToday();
  const profile = enrolment.startup.startupProfile;
  const currentMentors = enrolment.mentorAssignments.filter((a) => a.status === "ACTIVE");
  const pastMentors = enrolment.mentorAssignments.filter((a) => a.status === "ENDED");
  const startupName = localName(f.locale, enrolment.startup);
  const base = `/${organisation.slug}/cohort/${enrolment.id}`;

  return (
    <div className="space-y-6">
      <div>
        <Link
          href={`/${organisation.slug}/cohort`}
          className="text-sm text-brand-700 hover:underline"
        >
          {t("enrolment.back")}
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <PageHeader
            title={enrolment.startup.name}
            titleZh={enrolment.startup.nameZh}
            description={`${localName(f.locale, enrolment.programme)} · ${f.date(enrolment.startsOn)} – ${f.date(enrolment.endsOn)}`}
          />
          <TranslatedStatusBadge kind="enrolment" status={enrolment.status} />
        </div>
        {enrolment.statusReason ? (
          <p className="mt-2 text-sm text-ink-700">
            <span className="text-ink-500">{t("enrolment.reasonLabel")}</span>{" "}
            {enrolment.statusReason}
          </p>
        ) : null}
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <CardHeader
              title={t("enrolment.mentors")}
              description={
                currentMentors.length === 0
                  ? t("enrolment.noMentor")
                  : t("enrolment.assigned", { count: currentMentors.length })
              }
            />
            <CardBody className="space-y-5">
              {currentMentors.length > 0 ? (
                <ul className="divide-y divide-ink-100 rounded-md border border-ink-200">
                  {currentMentors.map((assignment) => (
                    <li
                      key={assignment.id}
                      className="flex flex-wrap items-center justify-between gap-2 px-3 py-2.5 text-sm"
                    >
                      <span>
                        <span className="font-medium text-ink-900">
                          {localName(f.locale, assignment.mentor)}
                        </span>
                        <span className="text-ink-500">
                          {" "}
                          · {t("enrolment.since", { date: f.date(assignment.startsOn) })}
                        </span>
                      </span>
                      {canAssign ? (
                        <EndAssignmentButton
                          organisation={organisation.slug}
                          assignmentId={assignment.id}
                          mentorName={assignment.mentor.name}
                          startupName={startupName}
                        />
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {isActive && canAssign ? (
                <div>
                  <h3 className="mb-2 text-sm font-medium text-ink-800">
                    {t("enrolment.suggested")}
                  </h3>
                  {matching.suggestions.length === 0 ? (
                    <EmptyState title={t("enrolment.noSuggestionsTitle")}>
                      {t("enrolment.noSuggestionsBody")}
                    </EmptyState>
                  ) : (
                    <MentorSuggestions
                      organisation={organisation.slug}
                      enrolmentId={enrolment.id}
                      suggestions={matching.suggestions.map((suggestion) => ({
                        userId: suggestion.mentor.userId,
                        name: suggestion.mentor.name,
                        headline: suggestion.mentor.headline,
                        hasProfile: suggestion.mentor.hasProfile,
                        isEntrepreneurInResidence: suggestion.mentor.isEntrepreneurInResidence,
                        score: suggestion.score,
                        isFull: suggestion.isFull,
                        reasons: reasonsOf(suggestion, matching.needs, t, labels),
                      }))}
                    />
                  )}
                </div>
              ) : null}
              {pastMentors.length > 0 ? (
                <p className="text-xs text-ink-500">
                  {t("enrolment.earlier")}{" "}
                  {pastMentors
                    .map(
                      (assignment) =>
                        `${localName(f.locale, assignment.mentor)} (${f.date(assignment.startsOn)} – ${assignment.endsOn ? f.date(assignment.endsOn) : "?"})`,
                    )
                    .join("; ")}
                </p>
              ) : null}
            </CardBody>
          </Card>

          <MilestonePlanSection organisation={org} enrolmentId={enrolment.id} />

          <Card>
            <CardHeader
              title={t("enrolment.sessions")}
              description={t("enrolment.sessionsDescription", { count: enrolment.sessions.total })}
              action={
                enrolment.sessions.total > 0 ? (
                  <a
                    href={`/api/${organisation.slug}/coaching/export?enrolment=${enrolment.id}`}
                    className={buttonClassName({ variant: "secondary", size: "sm" })}
                    download
                  >
                    {common("exportCsv")}
                  </a>
                ) : null
              }
            />
            {enrolment.sessions.items.length === 0 ? (
              <CardBody>
                <EmptyState title={t("enrolment.noSessionsTitle")}>
                  {t("enrolment.noSessionsBody")}
                </EmptyState>
              </CardBody>
            ) : (
              <div className="divide-y divide-ink-100">
                {enrolment.sessions.items.map((session) => (
                  <SessionCard
                    key={session.id}
                    session={session}
                    heading={t("enrolment.withMentor", {
                      name: localName(f.locale, session.mentor),
                    })}
                    today={today}
                  />
                ))}
              </div>
            )}
            <CursorPager
              basePath={base}
              searchParams={query}
              nextCursor={enrolment.sessions.nextCursor}
              label={t("enrolment.sessionPages")}
            />
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader
              title={t("enrolment.supportPlan")}
              description={t("enrolment.supportPlanDescription")}
            />
            <CardBody>
              <SupportPlanForm
                organisation={organisation.slug}
                enrolmentId={enrolment.id}
                supportNeeds={enrolment.supportNeeds}
                workingLanguages={enrolment.workingLanguages}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("enrolment.theStartup")} />
            <CardBody className="space-y-2 text-sm">
              {profile?.leadAsset ? <p className="text-ink-800">{profile.leadAsset}</p> : null}
              {profile?.pipelineStage ? (
                <p className="text-ink-600">{profile.pipelineStage}</p>
              ) : null}
              {profile?.pipelineSummary ? (
                <p className="text-ink-600">{profile.pipelineSummary}</p>
              ) : null}
              <div className="flex flex-wrap gap-1.5">
                {(profile?.focusAreas ?? []).map((area) => (
                  <Badge key={area} tone="brand">
                    {labels(`focusArea.${area}`)}
                  </Badge>
                ))}
              </div>
              {enrolment.application ? (
                <p className="text-xs text-ink-500">
                  {t("enrolment.admittedThrough")}{" "}
                  <Link
                    href={`/${organisation.slug}/calls/${enrolment.application.callId}/applications/${enrolment.application.id}`}
                    className="text-brand-700 underline hover:text-brand-800"
                  >
                    {enrolment.application.reference}
                  </Link>
                </p>
              ) : null}
            </CardBody>
          </Card>
          <Card>
            <CardHeader
              title={t("enrolment.benefits")}
              description={t("enrolment.term", { months: enrolment.programme.durationMonths })}
            />
            <CardBody>
              <ul className="list-inside list-disc space-y-0.5 text-sm text-ink-800">
                {enrolment.programme.benefits.map((benefit) => (
                  <li key={benefit}>{labels(`benefit.${benefit}`)}</li>
                ))}
              </ul>
            </CardBody>
          </Card>
          {isActive ? (
            <Card>
              <CardHeader title={t("enrolment.endTitle")} />
              <CardBody>
                <EnrolmentStatusForm
                  organisation={organisation.slug}
                  enrolmentId={enrolment.id}
                  startupName={startupName}
                />
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
