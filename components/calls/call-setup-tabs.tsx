"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export type SetupTab = {
  label: string;
  /** Relative to the set-up root ("" for details). */
  path: string;
  /** A short state shown beside the label ("3", "Draft v2"). */
  note?: string;
  hasProblem?: boolean;
};

/** The set-up steps of a call as tabs; scrolls sideways on a phone rather than wrapping. */
export function CallSetupTabs({ basePath, tabs }: { basePath: string; tabs: readonly SetupTab[] }) {
  const t = useTranslations("callsClient.tabs");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="-mx-4 border-b border-ink-200 px-4 sm:mx-0 sm:px-0">
      <ol className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab, index) => {
          const href = tab.path ? `${basePath}/${tab.path}` : basePath;
          const isCurrent = pathname === href;
          return (
            <li key={tab.path} className="shrink-0">
              <Link
                href={href}
                aria-current={isCurrent ? "page" : undefined}
                className={`flex items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap ${
                  isCurrent
                    ? "border-brand-600 text-brand-800"
                    : "border-transparent text-ink-600 hover:border-ink-300 hover:text-ink-900"
                }`}
              >
                <span className="text-ink-500">{index + 1}.</span>
                {tab.label}
                {tab.note ? (
                  <span className="rounded-full bg-ink-100 px-1.5 py-0.5 text-xs font-normal text-ink-600">
                    {tab.note}
                  </span>
                ) : null}
                {tab.hasProblem ? (
                  <span
                    className="size-2 rounded-full bg-amber-500"
                    aria-label={t("needsAttention")}
                    role="img"
                  />
                ) : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
