import type { ReactNode } from "react";

type StatTone = "neutral" | "brand" | "warning" | "danger";

const toneClassNames: Record<StatTone, string> = {
  neutral: "text-ink-900",
  brand: "text-brand-700",
  warning: "text-amber-700",
  danger: "text-red-700",
};

/** One headline number with its label. */
export function Stat({
  label,
  value,
  hint,
  tone = "neutral",
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: StatTone;
}) {
  return (
    <div className="rounded-lg border border-ink-200 bg-white px-4 py-3 shadow-xs">
      <dt className="text-xs font-medium tracking-wide text-ink-500 uppercase">{label}</dt>
      <dd
        className={`mt-1 text-lg font-semibold tabular-nums sm:text-xl lg:text-2xl ${toneClassNames[tone]}`}
      >
        {value}
      </dd>
      {hint ? <dd className="mt-0.5 text-xs text-ink-500">{hint}</dd> : null}
    </div>
  );
}

/** A responsive row of stats: two per row on a phone, `columns` per row from tablet width. */
export function StatGrid({ children, columns = 4 }: { children: ReactNode; columns?: 3 | 4 }) {
  const wide = columns === 3 ? "sm:grid-cols-3" : "lg:grid-cols-4";
  return <dl className={`grid grid-cols-2 gap-3 ${wide}`}>{children}</dl>;
}
