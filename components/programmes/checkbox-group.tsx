"use client";

import type { ReactNode } from "react";

/**
 * Checkboxes whose value is the list of checked values, controlled by the caller. (A single
 * registered checkbox would give react-hook-form a string rather than a list.)
 */
export function CheckboxGroup<V extends string>({
  options,
  value,
  onChange,
  className = "grid gap-1.5 sm:grid-cols-2",
}: {
  options: readonly { value: V; label: ReactNode }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  className?: string;
}) {
  return (
    <div className={className}>
      {options.map((option) => (
        <label key={option.value} className="flex items-center gap-2 text-sm text-ink-800">
          <input
            type="checkbox"
            checked={value.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...value, option.value]
                  : value.filter((checked) => checked !== option.value),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
