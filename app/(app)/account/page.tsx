import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { NotificationSettings } from "@/components/notifications/notification-settings";
import { AppHeader } from "@/components/shell/app-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** The signed-in user's own account: password and sessions. Belongs to no organisation. */
export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations("account");
  const roleLabel = await getTranslations("roles");
  const locale = await getLocale();
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader
        userName={user.name}
        userDetail={user.email}
        context={<p className="text-sm font-semibold text-ink-900">{t("title")}</p>}
      />
      <main className="mx-auto w-full max-w-3xl flex-1 space-y-6 px-4 py-6 sm:px-6 sm:py-8">
        <PageHeader
          title={t("title")}
          titleZh={user.nameZh}
          description={`${user.name} · ${user.email}`}
        />

        {user.memberships.length > 0 ? (
          <Card>
            <CardHeader title={t("organisations")} />
            <CardBody>
              <ul className="divide-y divide-ink-100 text-sm">
                {user.memberships.map((membership) => (
                  <li
                    key={membership.id}
                    className="flex flex-wrap items-baseline justify-between gap-x-4 py-2 first:pt-0 last:pb-0"
                  >
                    <Link
                      href={`/${membership.organisation.slug}`}
                      className="font-medium text-brand-800 hover:underline"
                    >
                      {locale !== "en" && membership.organisation.nameZh
                        ? membership.organisation.nameZh
                        : membership.organisation.name}
                    </Link>
                    <span className="text-ink-500">
                      {roleLabel(membership.role)}
                      {membership.title ? ` · ${membership.title}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
        ) : null}

        <NotificationSettings userId={user.id} />

        <Card>
          <CardHeader
            title={t("changePassword.title")}
            description={t("changePassword.description")}
          />
          <CardBody>
            <ChangePasswordForm />
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={t("signOutEverywhere.title")}
            description={t("signOutEverywhere.description")}
          />
          <CardBody>
            <SignOutEverywhereButton />
          </CardBody>
        </Card>
      </main>
    </div>
  );
}
