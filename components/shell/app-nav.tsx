"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/components/shell/nav-items";

/** The tenant's section links; scrolls sideways on a phone rather than wrapping. */
export function AppNav({ basePath, items }: { basePath: string; items: NavItem[] }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const header = useTranslations("header");
  // Items are translated by their path's first segment; a new page's label shows until then.
  const labelOf = (item: NavItem) => {
    const key = item.path.split("/")[0] || "home";
    return t.has(key) ? t(key) : item.label;
  };
  return (
    <nav aria-label={header("mainNavigation")} className="-mb-px flex gap-1 overflow-x-auto">
      {items.map((item) => {
        const href = item.path ? `${basePath}/${item.path}` : basePath;
        const isCurrent = item.path ? pathname.startsWith(href) : pathname === basePath;
        return (
          <Link
            key={href}
            href={href}
            aria-current={isCurrent ? "page" : undefined}
            className={`border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap ${
              isCurrent
                ? "border-brand-600 text-brand-800"
                : "border-transparent text-ink-600 hover:border-ink-300 hover:text-ink-900"
            }`}
          >
            {labelOf(item)}
          </Link>
        );
      })}
    </nav>
  );
}
