import pg from "pg";

export type QueryCount = {
  /** Statements that read or write data: what a budget limits. */
  data: number;
  /** Every round trip, including BEGIN/COMMIT and the tenant's set_config per transaction. */
  total: number;
  statements: string[];
};

const OVERHEAD =
  /^\s*(begin|commit|rollback|savepoint|release|start transaction)\b|^\s*select\s+set_config\(/i;

let recording: string[] | null = null;
let isInstalled = false;

/**
 * Counts what reaches PostgreSQL: every `query` of a node-postgres client, which is what
 * @prisma/adapter-pg sends (lib/db.ts wraps each query in BEGIN, set_config, …, COMMIT).
 */
function install(): void {
  if (isInstalled) return;
  isInstalled = true;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function patched(this: pg.Client, ...args: unknown[]) {
    if (recording) {
      const [first] = args;
      const text =
        typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? "");
      recording.push(text);
    }
    return (original as (...callArgs: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}

/** Runs `fn` and counts the statements it sent (nothing else may query meanwhile). */
export async function countQueries(fn: () => Promise<unknown>): Promise<QueryCount> {
  install();
  if (recording) throw new Error("countQueries() calls must not overlap");
  const statements: string[] = [];
  recording = statements;
  try {
    await fn();
  } finally {
    recording = null;
  }
  return {
    data: statements.filter((text) => !OVERHEAD.test(text)).length,
    total: statements.length,
    statements,
  };
}
