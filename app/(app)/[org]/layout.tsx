import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { AppNav } from "@/components/shell/app-nav";
import { navItemsByRole } from "@/components/shell/nav-items";
import { OrganisationSwitcher } from "@/components/shell/organisation-switcher";
import { requireMembership } from "@/lib/auth/session";

export default async function OrganisationLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  const t = await getTranslations("roles");
  const roleLabel = t(membership.role);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader
        userName={user.name}
        userDetail={
          <>
            {roleLabel}
            {membership.title ? (
              <span className="hidden sm:inline"> · {membership.title}</span>
            ) : null}
          </>
        }
        context={
          <>
            <div className="min-w-0">
              <p className="text-sm font-semibold text-ink-900">{organisation.name}</p>
              {organisation.nameZh ? (
                <p className="text-xs text-ink-500" lang="zh-HK">
                  {organisation.nameZh}
                </p>
              ) : null}
            </div>
            <OrganisationSwitcher currentSlug={organisation.slug} memberships={user.memberships} />
          </>
        }
      >
        <AppNav basePath={`/${organisation.slug}`} items={navItemsByRole[membership.role]} />
      </AppHeader>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">{children}</main>
    </div>
  );
}
