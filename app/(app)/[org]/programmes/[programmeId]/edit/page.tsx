import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getProgramme } from "@/lib/data/programmes/get-programme";
import { listPartnerOrganisations } from "@/lib/data/programmes/list-partner-organisations";
import { centsToAmountText } from "@/lib/schemas/programmes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.edit");
  return { title: t("metaTitle") };
}

export default async function EditProgrammePage({
  params,
}: {
  params: Promise<{ org: string; programmeId: string }>;
}) {
  const { org, programmeId } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "programme.manage");
  const [programme, partners, t] = await Promise.all([
    getProgramme(organisation.id, programmeId),
    listPartnerOrganisations(),
    getTranslations("programmes.edit"),
  ]);
  if (!programme) notFound();

  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { name: programme.name })} description={t("description")} />
      <ProgrammeForm
        organisation={organisation.slug}
        partners={partners}
        cancelHref={`/${organisation.slug}/programmes/${programme.id}`}
        defaultValues={{
          organisation: organisation.slug,
          programmeId: programme.id,
          name: programme.name,
          nameZh: programme.nameZh ?? "",
          kind: programme.kind,
          status: programme.status,
          focusAreas: programme.focusAreas,
          benefits: programme.benefits,
          description: programme.description ?? "",
          fundingCap: centsToAmountText(programme.fundingCapCents),
          durationMonths: programme.durationMonths,
          fundingBuckets: programme.fundingBuckets.map((bucket) => ({
            id: bucket.id,
            code: bucket.code,
            name: bucket.name,
            nameZh: bucket.nameZh ?? "",
            cap: centsToAmountText(bucket.capCents),
            evidenceRule: bucket.evidenceRule,
            requiresPreApproval: bucket.requiresPreApproval,
            gatingMilestoneCategory: bucket.gatingMilestoneCategory ?? "",
          })),
          partnerIds: programme.partners.map((partner) => partner.id),
        }}
      />
    </div>
  );
}
