import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/milestones/local-name";
import { MilestonePlanView } from "@/components/milestones/milestone-plan-view";
import { EnrolmentStatusBadge } from "@/components/milestones/milestone-status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { getFormat } from "@/i18n/format";
import { requireMembership } from "@/lib/auth/session";
import { getMilestonePlan } from "@/lib/data/milestones/get-milestone-plan";
import { milestoneReachOf } from "@/lib/data/milestones/milestone-reach";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("milestones");
  return { title: t("plan.title") };
}

/** One enrolment's milestone plan: the start-up's own, any of the operator's for officers, assigned ones for mentors. */
export default async function MilestonePlanPage({
  params,
}: {
  params: Promise<{ org: string; enrolmentId: string }>;
}) {
  const { org, enrolmentId } = await params;
  const { user, membership } = await requireMembership(org);
  const reach = milestoneReachOf(membership, user.id);
  const now = new Date();
  const plan = await getMilestonePlan(reach, enrolmentId, now);
  if (!plan) notFound();
  const [t, f, locale] = await Promise.all([
    getTranslations("milestones"),
    getFormat(),
    getLocale(),
  ]);
  const { enrolment } = plan;
  const isStartup = reach.side === "STARTUP";
  const dates = { from: f.date(enrolment.startsOn), to: f.date(enrolment.endsOn) };
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/${org}/milestones`} className="text-sm text-brand-700 hover:underline">
          ← {t("title")}
        </Link>
        <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
          <PageHeader
            title={isStartup ? enrolment.programme.name : enrolment.startup.name}
            titleZh={isStartup ? enrolment.programme.nameZh : enrolment.startup.nameZh}
            description={
              isStartup
                ? t("plan.runBy", {
                    operator: localName(
                      locale,
                      enrolment.organisation.name,
                      enrolment.organisation.nameZh,
                    ),
                    ...dates,
                  })
                : [
                    t("plan.programmeDates", {
                      programme: localName(
                        locale,
                        enrolment.programme.name,
                        enrolment.programme.nameZh,
                      ),
                      ...dates,
                    }),
                    enrolment.mentors.length > 0
                      ? t("plan.mentors", {
                          count: enrolment.mentors.length,
                          names: enrolment.mentors.map((m) => m.name).join(", "),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")
            }
          />
          <EnrolmentStatusBadge status={enrolment.status} />
        </div>
      </div>
      <MilestonePlanView
        organisationSlug={org}
        plan={plan}
        side={reach.side}
        now={now}
        locale={locale}
      />
    </div>
  );
}
