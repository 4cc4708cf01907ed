"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/actions/preferences/set-locale";
import { FORMAT_LOCALE, LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/locales";

/** A compact language menu; the choice is remembered and the page re-renders in place. */
export function LanguageSwitch({ className = "" }: { className?: string }) {
  const t = useTranslations("language");
  const current = useLocale() as Locale;
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <label className={`inline-flex items-center gap-1.5 text-sm text-ink-700 ${className}`}>
      <span className="sr-only">{t("label")}</span>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 text-ink-500">
        <path
          fill="currentColor"
          d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm5.9 7.75h-2.6a13 13 0 0 0-1.1-5.1 7 7 0 0 1 3.7 5.1ZM10 3.1c.7.9 1.6 2.9 1.8 6.15H8.2C8.4 6 9.3 4 10 3.1ZM7.8 4.15a13 13 0 0 0-1.1 5.1H4.1a7 7 0 0 1 3.7-5.1ZM4.1 10.75h2.6a13 13 0 0 0 1.1 5.1 7 7 0 0 1-3.7-5.1ZM10 16.9c-.7-.9-1.6-2.9-1.8-6.15h3.6C11.6 14 10.7 16 10 16.9Zm2.2-1.05a13 13 0 0 0 1.1-5.1h2.6a7 7 0 0 1-3.7 5.1Z"
        />
      </svg>
      <select
        value={current}
        disabled={isPending}
        aria-label={t("label")}
        onChange={(event) => {
          const locale = event.target.value as Locale;
          startTransition(async () => {
            await setLocale({ locale });
            router.refresh();
          });
        }}
        className="rounded-md border border-ink-200 bg-white py-1 pr-7 pl-2 text-sm text-ink-800 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={FORMAT_LOCALE[locale]}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
