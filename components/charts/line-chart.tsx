import { ChartFigure } from "./chart-figure";

export type LineSeries = {
  name: string;
  /** One value per x label, in order. */
  values: readonly number[];
  tone?: "brand" | "ok" | "warn" | "danger";
};

const strokeClassNames = {
  brand: "stroke-brand-600",
  ok: "stroke-emerald-600",
  warn: "stroke-amber-500",
  danger: "stroke-red-600",
} as const;
const swatchClassNames = {
  brand: "bg-brand-600",
  ok: "bg-emerald-600",
  warn: "bg-amber-500",
  danger: "bg-red-600",
} as const;

/**
 * Values over time (e.g. milestones achieved per month), as an SVG with a legend; the table
 * view has one row per x label and one column per series.
 */
export function LineChart({
  title,
  summary,
  xLabels,
  xHeader,
  series,
}: {
  title: string;
  summary: string;
  xLabels: readonly string[];
  xHeader: string;
  series: readonly LineSeries[];
}) {
  const width = 600;
  const height = 160;
  const padding = { top: 10, right: 10, bottom: 24, left: 32 };
  const maxValue = Math.max(1, ...series.flatMap((line) => line.values));
  const x = (index: number) =>
    padding.left +
    (xLabels.length <= 1
      ? 0
      : (index / (xLabels.length - 1)) * (width - padding.left - padding.right));
  const y = (value: number) =>
    padding.top + (1 - value / maxValue) * (height - padding.top - padding.bottom);
  const labelEvery = Math.max(1, Math.ceil(xLabels.length / 6));

  return (
    <ChartFigure
      title={title}
      summary={summary}
      table={{
        columns: [xHeader, ...series.map((line) => line.name)],
        rows: xLabels.map((label, index) => [
          label,
          ...series.map((line) => line.values[index] ?? 0),
        ]),
      }}
    >
      <div aria-hidden="true">
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-h-56">
          {[0, 0.5, 1].map((share) => (
            <g key={share}>
              <line
                x1={padding.left}
                x2={width - padding.right}
                y1={y(maxValue * share)}
                y2={y(maxValue * share)}
                className="stroke-ink-100"
              />
              <text
                x={padding.left - 6}
                y={y(maxValue * share) + 4}
                textAnchor="end"
                className="fill-ink-500 text-[10px]"
              >
                {Math.round(maxValue * share)}
              </text>
            </g>
          ))}
          {xLabels.map((label, index) =>
            index % labelEvery === 0 || index === xLabels.length - 1 ? (
              <text
                key={label}
                x={x(index)}
                y={height - 6}
                textAnchor={index === 0 ? "start" : index === xLabels.length - 1 ? "end" : "middle"}
                className="fill-ink-500 text-[10px]"
              >
                {label}
              </text>
            ) : null,
          )}
          {series.map((line) => (
            <polyline
              key={line.name}
              fill="none"
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
              className={strokeClassNames[line.tone ?? "brand"]}
              points={line.values.map((value, index) => `${x(index)},${y(value)}`).join(" ")}
            />
          ))}
        </svg>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-600">
          {series.map((line) => (
            <li key={line.name} className="flex items-center gap-1.5">
              <span
                className={`inline-block h-2 w-3 rounded-sm ${swatchClassNames[line.tone ?? "brand"]}`}
              />
              {line.name}
            </li>
          ))}
        </ul>
      </div>
    </ChartFigure>
  );
}
