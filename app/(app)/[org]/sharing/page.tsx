import type { Metadata } from "next";
import { SharingSettingsView } from "@/components/consent/sharing-settings-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getSharingSettings } from "@/lib/data/consent/get-sharing-settings";

export const metadata: Metadata = { title: "Sharing with partners" };

/** The start-up decides what each co-incubation partner sees; a change takes effect at once. */
export default async function SharingPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "consent.manage");
  const settings = await getSharingSettings(organisation.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Sharing with partners"
        description="Choose what each pharma partner of your co-incubation programmes may see. Stopping takes effect immediately; nothing is shared unless you turn it on."
      />
      <SharingSettingsView organisationSlug={org} settings={settings} />
    </div>
  );
}
