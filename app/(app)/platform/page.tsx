import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PlatformHome } from "@/components/homes/platform-home";
import { AppHeader } from "@/components/shell/app-header";
import { requireUser } from "@/lib/auth/session";
import { listOperatorTenants } from "@/lib/data/platform/list-operator-tenants";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("platformHome");
  return { title: t("metaTitle") };
}

export default async function PlatformPage() {
  const user = await requireUser();
  if (!user.isPlatformAdmin) notFound();
  const tenants = await listOperatorTenants();
  const t = await getTranslations("platformHome");
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader
        userName={user.name}
        userDetail={t("userDetail")}
        context={<p className="text-sm font-semibold text-ink-900">{t("console")}</p>}
      />
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        <PlatformHome tenants={tenants} />
      </main>
    </div>
  );
}
