import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LogSessionForm } from "@/components/coaching/log-session-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getMentorEnrolment } from "@/lib/data/coaching/get-mentor-enrolment";
import { getMentorSession } from "@/lib/data/coaching/get-mentor-session";
import { getFormat } from "@/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("coaching");
  return { title: t("log.title") };
}

const hongKongParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Hong_Kong",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-11-25" and "14:30" of an instant in Hong Kong. */
function hongKongDateAndTime(value: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    hongKongParts.formatToParts(value).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** The mentor writes up a session: a new one, or a scheduled one (?session=<id>). */
export default async function LogSessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
  searchParams: Promise<{ session?: string }>;
}) {
  const { org, enrolmentId } = await params;
  const { session: sessionId } = await searchParams;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "coaching.log");
  const [view, scheduled] = await Promise.all([
    getMentorEnrolment(organisation.id, user.id, enrolmentId),
    sessionId ? getMentorSession(organisation.id, user.id, sessionId) : Promise.resolve(null),
  ]);
  if (!view) notFound();
  if (
    sessionId &&
    (!scheduled || scheduled.enrolmentId !== enrolmentId || scheduled.status !== "SCHEDULED")
  ) {
    notFound();
  }
  const [t, f] = await Promise.all([getTranslations("coaching"), getFormat()]);
  const now = hongKongDateAndTime(new Date());
  const defaults = scheduled
    ? {
        sessionId: scheduled.id,
        ...hongKongDateAndTime(scheduled.startsAt),
        durationMinutes: scheduled.durationMinutes,
        mode: scheduled.mode,
        topics: scheduled.topics,
      }
    : {
        date: now.date,
        time: now.time,
        durationMinutes: 60,
        mode: "IN_PERSON" as const,
        topics: view.enrolment.supportNeeds.slice(0, 2),
      };
  const back = `/${organisation.slug}/mentoring/${enrolmentId}`;

  return (
    <div className="space-y-6">
      <div>
        <Link href={back} className="text-sm text-brand-700 hover:underline">
          ← {view.enrolment.startup.name}
        </Link>
        <div className="mt-2">
          <PageHeader
            title={t("log.title")}
            description={
              scheduled
                ? t("log.scheduledFor", {
                    when: f.dateTime(scheduled.startsAt),
                    name: view.enrolment.startup.name,
                  })
                : t("log.with", { name: view.enrolment.startup.name })
            }
          />
        </div>
      </div>
      <Card>
        <CardBody>
          <LogSessionForm
            organisation={organisation.slug}
            enrolmentId={enrolmentId}
            startupName={view.enrolment.startup.name}
            members={view.members}
            defaults={defaults}
          />
        </CardBody>
      </Card>
    </div>
  );
}
