import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Brand } from "@/components/shell/brand";
import { SignOutButton } from "@/components/shell/sign-out-button";

/**
 * The signed-in header: brand, a context slot (organisation name and switcher), the user and
 * sign-out. The user's name links to their account page. `children` renders below as the
 * navigation row.
 */
export function AppHeader({
  context,
  userName,
  userDetail,
  children,
}: {
  context?: ReactNode;
  userName: string;
  userDetail?: ReactNode;
  children?: ReactNode;
}) {
  const t = useTranslations("header");
  return (
    <header className="border-b border-ink-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:gap-x-6 sm:px-6">
        <Brand href="/home" />
        <div className="order-3 flex w-full min-w-0 flex-wrap items-center gap-x-3 gap-y-2 sm:order-none sm:w-auto sm:flex-1">
          {context}
        </div>
        <div className="ml-auto flex min-w-0 items-center gap-3">
          <NotificationBell />
          <div className="min-w-0 text-right leading-tight">
            <Link
              href="/account"
              title={t("account")}
              className="ml-auto block max-w-44 truncate text-sm font-medium text-ink-900 hover:text-brand-800 hover:underline sm:max-w-xs"
            >
              {userName}
            </Link>
            {userDetail ? (
              <p className="ml-auto max-w-44 truncate text-xs text-ink-500 sm:max-w-md">
                {userDetail}
              </p>
            ) : null}
          </div>
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </div>
      {children ? <div className="mx-auto max-w-6xl px-4 sm:px-6">{children}</div> : null}
    </header>
  );
}
