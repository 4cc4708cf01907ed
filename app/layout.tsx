import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { FORMAT_LOCALE, isLocale, DEFAULT_LOCALE } from "@/i18n/locales";
import { pickClientMessages } from "@/i18n/messages";
import { ToastProvider } from "@/components/ui/toast";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Incubase", template: "%s · Incubase" },
  description:
    "Run biotech incubation and co-incubation programmes: calls, reviews, cohorts, milestones and grants.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#156055",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = pickClientMessages(await getMessages());
  return (
    <html lang={FORMAT_LOCALE[isLocale(locale) ? locale : DEFAULT_LOCALE]}>
      <body className="min-h-dvh">
        <NextIntlClientProvider messages={messages}>
          <ToastProvider>{children}</ToastProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
