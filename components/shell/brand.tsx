import Link from "next/link";

/** The Incubase word mark; links to `href` (the landing page by default). */
export function Brand({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 rounded-md text-ink-900">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
        <rect width="32" height="32" rx="8" className="fill-brand-700" />
        <path
          d="M10 22V10m6 12V14m6 8v-6"
          className="stroke-brand-100"
          strokeWidth="3"
          strokeLinecap="round"
          fill="none"
        />
        <circle cx="22" cy="11" r="2.5" className="fill-brand-300" />
      </svg>
      <span className="text-lg font-semibold tracking-tight">Incubase</span>
    </Link>
  );
}
