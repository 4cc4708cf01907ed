import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PartnerStartupView } from "@/components/partner/partner-startup-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/lib/auth/session";
import { getPartnerStartup } from "@/lib/data/partner/get-partner-startup";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("partnerCohort");
  return { title: t("startup.metaTitle") };
}

/** One start-up of the partner's cohort; a start-up outside it is a 404. */
export default async function PartnerStartupPage({
  params,
}: {
  params: Promise<{ org: string; startupId: string }>;
}) {
  const { org, startupId } = await params;
  const { membership, organisation } = await requireMembership(org);
  if (membership.role !== "PARTNER_MEMBER") notFound();
  const now = new Date();
  const startup = await getPartnerStartup(organisation.id, startupId, now);
  if (!startup) notFound();
  const [t, locale] = await Promise.all([getTranslations("partnerCohort"), getLocale()]);
  const profile = startup.startup.startupProfile;
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/${org}/partner-cohort`} className="text-sm text-brand-700 hover:underline">
          ← {t("title")}
        </Link>
        <div className="mt-2">
          <PageHeader
            title={startup.startup.name}
            titleZh={startup.startup.nameZh}
            description={
              [
                profile?.leadAsset,
                profile?.pipelineStage,
                profile?.universityOrigin
                  ? t("startup.spinOut", { origin: profile.universityOrigin })
                  : null,
              ]
                .filter(Boolean)
                .join(" · ") || undefined
            }
          />
        </div>
      </div>
      <PartnerStartupView partnerSlug={org} startup={startup} now={now} locale={locale} />
    </div>
  );
}
