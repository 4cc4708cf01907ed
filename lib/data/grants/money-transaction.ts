/**
 * Options for transactions that move money. Approvals on one grant queue on its row lock, so a
 * burst of them (a busy morning, a double click) may wait longer than Prisma's 2 s default for
 * a connection; the statement timeout (15 s) still ends anything stuck.
 */
export const MONEY_TRANSACTION = { maxWait: 15_000, timeout: 20_000 } as const;

/**
 * Options for a page's reads grouped in one transaction (one BEGIN and tenant setting for
 * several queries): the same patience as lib/db gives a single query.
 */
export const READ_TRANSACTION = { maxWait: 5_000, timeout: 15_000 } as const;
