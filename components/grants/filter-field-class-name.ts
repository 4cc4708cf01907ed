/** Inputs and selects of the list filter forms in the grants and members areas. */
export const filterFieldClassName =
  "mt-1 block h-9 w-full rounded-md border border-ink-300 bg-white px-2.5 text-sm text-ink-900 shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none";
