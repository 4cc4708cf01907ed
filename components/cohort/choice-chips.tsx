"use client";

/** A multiple choice shown as toggle chips: real checkboxes, so keyboards and screen readers work. */
export function ChoiceChips<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  idPrefix,
}: {
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  error?: string;
  idPrefix: string;
}) {
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-ink-800">{legend}</legend>
      {hint ? <p className="mt-0.5 text-xs text-ink-500">{hint}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => {
          const isChosen = value.includes(option.value);
          return (
            <label
              key={option.value}
              className="inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-ink-200 bg-white px-3 py-1.5 text-sm text-ink-700 select-none has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:text-brand-800 has-focus-visible:ring-2 has-focus-visible:ring-brand-600/30"
            >
              <input
                type="checkbox"
                className="sr-only"
                checked={isChosen}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? [...value, option.value]
                      : value.filter((chosen) => chosen !== option.value),
                  )
                }
              />
              <span aria-hidden="true" className="text-xs">
                {isChosen ? "✓" : "+"}
              </span>
              {option.label}
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
