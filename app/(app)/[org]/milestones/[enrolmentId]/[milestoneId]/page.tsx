import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/milestones/local-name";
import { MilestoneDetailView } from "@/components/milestones/milestone-detail-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/session";
import { getMilestoneDetail } from "@/lib/data/milestones/get-milestone-detail";
import { milestoneReachOf } from "@/lib/data/milestones/milestone-reach";
import { milestonePlanPath } from "@/lib/domain/milestone-paths";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("milestones");
  return { title: t("detail.metaTitle") };
}

/** One milestone: evidence, assessment, sign-off and timeline, with the viewer's next steps. */
export default async function MilestonePage({
  params,
}: {
  params: Promise<{ org: string; enrolmentId: string; milestoneId: string }>;
}) {
  const { org, enrolmentId, milestoneId } = await params;
  const { user, membership } = await requireMembership(org);
  const reach = milestoneReachOf(membership, user.id);
  const now = new Date();
  const milestone = await getMilestoneDetail(reach, enrolmentId, milestoneId);
  if (!milestone) notFound();
  const [t, locale] = await Promise.all([getTranslations("milestones"), getLocale()]);
  const { enrolment } = milestone;
  const startupName = localName(locale, enrolment.startup.name, enrolment.startup.nameZh);
  const programmeName = localName(locale, enrolment.programme.name, enrolment.programme.nameZh);
  return (
    <div className="space-y-6">
      <div>
        <Link
          href={milestonePlanPath(org, enrolment.id)}
          className="text-sm text-brand-700 hover:underline"
        >
          ←{" "}
          {t("detail.backToPlan", {
            name: reach.side === "STARTUP" ? programmeName : startupName,
          })}
        </Link>
        <div className="mt-2">
          <PageHeader title={milestone.title} description={`${startupName} · ${programmeName}`} />
        </div>
      </div>
      <MilestoneDetailView
        organisationSlug={org}
        milestone={milestone}
        side={reach.side}
        now={now}
        locale={locale}
      />
    </div>
  );
}
