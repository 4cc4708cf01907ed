import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { Brand } from "@/components/shell/brand";
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser, homePathFor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn.title") };
}

/** Signs in, then returns to `callbackUrl` when it is a same-origin path (else /home). */
export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  const user = await getCurrentUser();
  if (user) {
    redirect(callbackPath === DEFAULT_CALLBACK_PATH ? homePathFor(user) : callbackPath);
  }
  const t = await getTranslations("auth");
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between gap-3">
          <Brand />
          <LanguageSwitch />
        </div>
        <div className="rounded-lg border border-ink-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-ink-900">{t("signIn.title")}</h1>
          <p className="mt-1 mb-5 text-sm text-ink-500">{t("signIn.description")}</p>
          <SignInForm callbackPath={callbackPath} />
          <p className="mt-5 text-center text-sm text-ink-600">
            {t("signIn.newFounder")}{" "}
            <Link
              href={
                callbackPath === DEFAULT_CALLBACK_PATH
                  ? "/sign-up"
                  : `/sign-up?callbackUrl=${encodeURIComponent(callbackPath)}`
              }
              className="font-medium text-brand-800 hover:underline"
            >
              {t("signUp.title")}
            </Link>
          </p>
        </div>
      </div>
    </main>
  );
}
