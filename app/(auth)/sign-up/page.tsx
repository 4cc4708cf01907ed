import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { Brand } from "@/components/shell/brand";
import { DEFAULT_CALLBACK_PATH, safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { RegisterStartupForm } from "./register-startup-form";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signUp.title") };
}

/**
 * Public sign-up for founders: an account and a start-up in one step, then back to
 * `callbackUrl` (the call they were reading) when it is a same-origin path. Someone already
 * signed in registers a start-up with their own account instead.
 */
export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const requested = safeCallbackPath((await searchParams).callbackUrl);
  const callbackPath = requested === DEFAULT_CALLBACK_PATH ? null : requested;
  const query = callbackPath ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : "";
  const user = await getCurrentUser();
  const t = await getTranslations("auth");

  return (
    <main className="flex min-h-dvh items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-lg">
        <div className="mb-6 flex items-center justify-between gap-3">
          <Brand />
          <LanguageSwitch />
        </div>
        <div className="rounded-lg border border-ink-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-ink-900">{t("signUp.title")}</h1>
          {user ? (
            <>
              <p className="mt-1 mb-5 text-sm text-ink-500">
                {t.rich("signUp.signedInAs", {
                  email: user.email,
                  strong: (chunks) => (
                    <strong className="font-medium text-ink-900">{chunks}</strong>
                  ),
                })}
              </p>
              <RegisterStartupForm callbackPath={callbackPath} />
            </>
          ) : (
            <>
              <p className="mt-1 mb-5 text-sm text-ink-500">{t("signUp.description")}</p>
              {callbackPath?.startsWith("/calls/") ? (
                <p className="mb-5 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
                  {t("signUp.backToCall")}
                </p>
              ) : null}
              <SignUpForm callbackPath={callbackPath} />
              <p className="mt-5 text-center text-sm text-ink-600">
                {t("signUp.haveAccount")}{" "}
                <Link
                  href={`/sign-in${query}`}
                  className="font-medium text-brand-800 hover:underline"
                >
                  {t("signIn.title")}
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
