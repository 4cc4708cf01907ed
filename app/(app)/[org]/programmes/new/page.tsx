import type { Metadata } from "next";
import { ProgrammeForm } from "@/components/programmes/programme-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listPartnerOrganisations } from "@/lib/data/programmes/list-partner-organisations";

export const metadata: Metadata = { title: "New programme" };

export default async function NewProgrammePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "programme.manage");
  const partners = await listPartnerOrganisations();

  return (
    <div className="space-y-6">
      <PageHeader
        title="New programme"
        description="Set the funding rules once; every call of the programme uses them."
      />
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
