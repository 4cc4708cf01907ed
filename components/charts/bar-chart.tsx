import type { ReactNode } from "react";
import { ChartFigure } from "./chart-figure";

export type BarTone = "brand" | "ok" | "warn" | "danger" | "muted";

export type BarDatum = {
  label: string;
  value: number;
  /** How the value is written (defaults to the number), e.g. "HK$1.2M" or "12 of 40". */
  display?: string;
  tone?: BarTone;
};

const toneClassNames: Record<BarTone, string> = {
  brand: "bg-brand-600",
  ok: "bg-emerald-600",
  warn: "bg-amber-500",
  danger: "bg-red-600",
  muted: "bg-ink-300",
};

/**
 * Horizontal bars (a funnel when the data is in pipeline order), scaled to the largest value
 * or to `max`. Labels and values are text beside each bar, so the picture never carries
 * meaning by colour alone.
 */
export function BarChart({
  title,
  summary,
  data,
  labelHeader,
  valueHeader,
  max,
  extraColumns,
}: {
  title: string;
  summary: string;
  data: readonly BarDatum[];
  labelHeader: string;
  valueHeader: string;
  max?: number;
  /** More table-view columns: header plus one cell per datum, e.g. a share. */
  extraColumns?: readonly { header: string; cells: readonly ReactNode[] }[];
}) {
  const scale = Math.max(max ?? 0, ...data.map((datum) => datum.value), 1);
  return (
    <ChartFigure
      title={title}
      summary={summary}
      table={{
        columns: [
          labelHeader,
          valueHeader,
          ...(extraColumns?.map((column) => column.header) ?? []),
        ],
        rows: data.map((datum, index) => [
          datum.label,
          datum.display ?? String(datum.value),
          ...(extraColumns?.map((column) => column.cells[index]) ?? []),
        ]),
      }}
    >
      <ul className="space-y-2" aria-hidden="true">
        {data.map((datum) => (
          <li
            key={datum.label}
            className="grid grid-cols-[minmax(6rem,10rem)_1fr_auto] items-center gap-2 text-sm"
          >
            <span className="truncate text-ink-700" title={datum.label}>
              {datum.label}
            </span>
            <span className="h-3 rounded-sm bg-ink-100">
              <span
                className={`block h-3 rounded-sm ${toneClassNames[datum.tone ?? "brand"]}`}
                style={{
                  width: `${Math.max(datum.value > 0 ? 2 : 0, (datum.value / scale) * 100)}%`,
                }}
              />
            </span>
            <span className="min-w-[3ch] text-right font-medium text-ink-900 tabular-nums">
              {datum.display ?? datum.value}
            </span>
          </li>
        ))}
      </ul>
    </ChartFigure>
  );
}
