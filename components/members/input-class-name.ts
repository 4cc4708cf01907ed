/** Text inputs and selects in member and account forms, matching the sign-in form. */
export const inputClassName =
  "block h-10 w-full rounded-md border border-ink-300 bg-white px-3 text-sm text-ink-900 shadow-xs placeholder:text-ink-400 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none aria-invalid:border-red-500";
