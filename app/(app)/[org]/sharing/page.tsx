import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SharingSettingsView } from "@/components/consent/sharing-settings-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { getSharingSettings } from "@/lib/data/consent/get-sharing-settings";
import { readCursorParam } from "@/lib/pagination/cursor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sharing");
  return { title: t("title") };
}

/** The start-up decides what each co-incubation partner sees; a change takes effect at once. */
export default async function SharingPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { membership, organisation } = await requireMembership(org);
  requirePermission(membership, "consent.manage");
  const [settings, t, locale] = await Promise.all([
    getSharingSettings(organisation.id, readCursorParam(query)),
    getTranslations("sharing"),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <SharingSettingsView
        organisationSlug={org}
        settings={settings}
        locale={locale}
        searchParams={query}
      />
    </div>
  );
}
