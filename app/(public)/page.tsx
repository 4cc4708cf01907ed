import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { OpenCallsList } from "@/components/calls/open-calls-list";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { Brand } from "@/components/shell/brand";
import { ButtonLink } from "@/components/ui/button";
import { listOpenCalls } from "@/lib/data/calls/list-open-calls";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("landing");
  return { title: t("metaTitle") };
}

export default async function LandingPage() {
  // Which calls are open depends on the time of the request, so never prerender this page.
  await connection();
  const [calls, t] = await Promise.all([listOpenCalls(), getTranslations("landing")]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-ink-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Brand />
          <div className="flex flex-wrap items-center justify-end gap-2">
            <LanguageSwitch />
            <ButtonLink href="/sign-up" size="sm" variant="ghost">
              {t("register")}
            </ButtonLink>
            <ButtonLink href="/sign-in" size="sm">
              {t("signIn")}
            </ButtonLink>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 sm:px-6">
        <section className="max-w-3xl">
          <h1 className="text-3xl font-semibold tracking-tight text-ink-900 sm:text-4xl">
            {t("headline")}
          </h1>
          <p className="mt-4 text-base leading-relaxed text-ink-600">{t("intro")}</p>
        </section>
        <section className="mt-12" aria-labelledby="open-calls-heading">
          <div className="mb-4 flex items-baseline justify-between gap-4">
            <h2 id="open-calls-heading" className="text-xl font-semibold text-ink-900">
              {t("openCalls")}
            </h2>
            {calls.length > 0 ? (
              <p className="text-sm text-ink-500">{t("accepting", { count: calls.length })}</p>
            ) : null}
          </div>
          <OpenCallsList calls={calls} />
        </section>
      </main>
      <footer className="border-t border-ink-200 bg-white">
        <p className="mx-auto max-w-5xl px-4 py-4 text-xs text-ink-500 sm:px-6">{t("footer")}</p>
      </footer>
    </div>
  );
}
