import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listPartnerOrganisations } from "@/lib/data/programmes/list-partner-organisations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.new");
  return { title: t("metaTitle") };
}

export default async function NewProgrammePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "programme.manage");
  const [partners, t] = await Promise.all([
    listPartnerOrganisations(),
    getTranslations("programmes.new"),
  ]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <ProgrammeForm
        organisation={organisation.slug}
        partners={partners}
        cancelHref={`/${organisation.slug}/programmes`}
        defaultValues={{
          organisation: organisation.slug,
          name: "",
          nameZh: "",
          kind: "INCUBATION",
          status: "ACTIVE",
          focusAreas: [],
          benefits: ["MENTORING", "FUNDING"],
          description: "",
          fundingCap: "",
          durationMonths: 24,
          fundingBuckets: [],
          partnerIds: [],
        }}
      />
    </div>
  );
}
