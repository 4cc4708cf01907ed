import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/shell/app-header";
import { homePathFor, requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("noAccess.metaTitle") };
}

export default async function NoAccessPage() {
  const user = await requireUser();
  const home = homePathFor(user);
  if (home !== "/no-access") redirect(home);
  const t = await getTranslations("account");
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader userName={user.name} userDetail={user.email} />
      <main className="mx-auto w-full max-w-xl flex-1 px-4 py-16 sm:px-6">
        <h1 className="text-2xl font-semibold text-ink-900">{t("noAccess.title")}</h1>
        <p className="mt-3 text-ink-600">{t("noAccess.body", { email: user.email })}</p>
      </main>
    </div>
  );
}
