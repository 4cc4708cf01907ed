import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SessionMembership } from "@/lib/auth/session";

/**
 * The user's other organisations. A native <details> disclosure: it needs no client script
 * and works with keyboard and screen readers as is.
 */
export function OrganisationSwitcher({
  currentSlug,
  memberships,
}: {
  currentSlug: string;
  memberships: SessionMembership[];
}) {
  const t = useTranslations();
  const others = memberships.filter((membership) => membership.organisation.slug !== currentSlug);
  if (others.length === 0) return null;
  return (
    <details className="group relative">
      <summary className="flex h-8 cursor-pointer list-none items-center gap-1 rounded-md border border-ink-200 bg-white px-2.5 text-sm text-ink-700 hover:bg-ink-50 [&::-webkit-details-marker]:hidden">
        {t("header.switchOrganisation")}
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4 text-ink-400 group-open:rotate-180"
        >
          <path
            d="M5 8l5 5 5-5"
            stroke="currentColor"
            strokeWidth="1.8"
            fill="none"
            strokeLinecap="round"
          />
        </svg>
      </summary>
      <ul className="absolute left-0 z-20 mt-1 w-72 max-w-[calc(100vw-2rem)] overflow-hidden rounded-md border border-ink-200 bg-white py-1 shadow-lg">
        {others.map((membership) => (
          <li key={membership.id}>
            <Link
              href={`/${membership.organisation.slug}`}
              className="block px-3 py-2 text-sm hover:bg-ink-50"
            >
              <span className="block font-medium text-ink-900">{membership.organisation.name}</span>
              <span className="block text-xs text-ink-500">{t(`roles.${membership.role}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
