type ProgressTone = "brand" | "warning" | "danger";

const toneClassNames: Record<ProgressTone, string> = {
  brand: "bg-brand-600",
  warning: "bg-amber-500",
  danger: "bg-red-600",
};

/** A horizontal meter; `value` and `max` are plain numbers (convert money first). */
export function ProgressBar({
  value,
  max,
  label,
  tone = "brand",
}: {
  value: number;
  max: number;
  label: string;
  tone?: ProgressTone;
}) {
  const percent = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      className="h-2 w-full overflow-hidden rounded-full bg-ink-100"
    >
      <div
        className={`h-full rounded-full ${toneClassNames[tone]}`}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
