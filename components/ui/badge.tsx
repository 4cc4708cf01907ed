import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "brand" | "success" | "warning" | "danger" | "muted";

const toneClassNames: Record<BadgeTone, string> = {
  neutral: "bg-ink-100 text-ink-700 ring-ink-200",
  info: "bg-sky-50 text-sky-800 ring-sky-200",
  brand: "bg-brand-50 text-brand-800 ring-brand-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  warning: "bg-amber-50 text-amber-800 ring-amber-200",
  danger: "bg-red-50 text-red-800 ring-red-200",
  muted: "bg-white text-ink-500 ring-ink-200",
};

/** A small pill: statuses, roles, focus areas. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${toneClassNames[tone]}`}
    >
      {children}
    </span>
  );
}
