/**
 * Options for the one transaction a page's loader runs its queries in (the tenant is set once):
 * as long as lib/db gives a single query, so a busy server does not cut a page's read short.
 */
export const READ_TRANSACTION = { maxWait: 5_000, timeout: 15_000 } as const;
