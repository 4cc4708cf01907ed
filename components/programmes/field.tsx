import type { ReactNode } from "react";

/** Text areas in set-up forms: the input look, growing with its rows. */
export const textareaClassName =
  "block w-full rounded-md border border-ink-300 bg-white px-3 py-2 text-sm text-ink-900 shadow-xs placeholder:text-ink-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none aria-invalid:border-red-500";

/** The id of a field's error line, for `aria-describedby`. */
export function errorIdOf(id: string): string {
  return `${id}-error`;
}

/**
 * One labelled field of a set-up form: label, optional hint, the control, its error. The
 * control gets `id` and, when there is an error, `aria-describedby={errorIdOf(id)}`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
  className = "",
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-ink-800">
        {label}
      </label>
      {hint ? <p className="text-xs text-ink-500">{hint}</p> : null}
      {children}
      {error ? (
        <p id={errorIdOf(id)} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes or radios under one legend. */
export function FieldSet({
  legend,
  hint,
  error,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium text-ink-800">{legend}</legend>
      {hint ? <p className="text-xs text-ink-500">{hint}</p> : null}
      {children}
      {error ? <p className="text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
