import type pg from "pg";

/** A column of a bulk insert and the SQL type its text value is cast to. */
export type Column = readonly [name: string, sqlType: string];

export type TableStats = { table: string; rows: number; milliseconds: number };

const CHUNK_ROWS = 5_000;

/**
 * One value as the text PostgreSQL casts back to the column's type: arrays as array literals,
 * plain objects as JSON (for jsonb columns), dates as ISO instants.
 */
function toText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map(
      (item) => `"${String(item).replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`,
    );
    return `{${items.join(",")}}`;
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Multi-row inserts as the owner: each chunk is one `INSERT … SELECT … FROM unnest($1::text[],
 * $2::text[], …)`, a single statement and a single round trip for thousands of rows, with every
 * value sent as text and cast to its column type in SQL (enum arrays and jsonb included).
 */
export class BulkWriter {
  readonly stats = new Map<string, TableStats>();

  constructor(private readonly client: pg.ClientBase) {}

  async insert(
    table: string,
    columns: readonly Column[],
    rows: readonly (readonly unknown[])[],
  ): Promise<void> {
    const started = performance.now();
    const names = columns.map(([name]) => `"${name}"`).join(", ");
    const casts = columns.map(([, type], index) => `c${index}::${type}`).join(", ");
    const aliases = columns.map((_, index) => `c${index}`).join(", ");
    const parameters = columns.map((_, index) => `$${index + 1}::text[]`).join(", ");
    const sql = `insert into "${table}" (${names}) select ${casts} from unnest(${parameters}) as t(${aliases})`;
    for (let offset = 0; offset < rows.length; offset += CHUNK_ROWS) {
      const chunk = rows.slice(offset, offset + CHUNK_ROWS);
      const values = columns.map((_, column) => chunk.map((row) => toText(row[column])));
      await this.client.query(sql, values);
    }
    this.record(table, rows.length, performance.now() - started);
  }

  /** Adds rows and time to a table's line (a step may insert into one table several times). */
  record(table: string, rows: number, milliseconds: number): void {
    const current = this.stats.get(table) ?? { table, rows: 0, milliseconds: 0 };
    current.rows += rows;
    current.milliseconds += milliseconds;
    this.stats.set(table, current);
  }
}
