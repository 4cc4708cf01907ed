/** Names of migration directories: `<YYYYMMDDHHMMSS>_<snake_name>`, as Prisma creates them. */

const TIMESTAMP_LENGTH = 14;

/**
 * Turns a user-given name into the part after the timestamp, like `prisma migrate dev --name`
 * (slugify with "_" separator, lower-case, camelCase split, at most 200 characters).
 */
export function snakeMigrationName(name: string): string {
  const snake = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z\d]+)/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return snake.slice(0, 200).replace(/_+$/, "");
}

/** UTC timestamp `YYYYMMDDHHMMSS`, the format of Prisma's migration directory prefix. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, TIMESTAMP_LENGTH);
}

function parseTimestamp(timestamp: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timestamp);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/**
 * Directory name for a new migration. The timestamp is `now`, or one second after the newest
 * existing migration when that would not sort last (clock skew, two migrations in a second),
 * so that lexical order stays the order of creation.
 */
export function newMigrationDirectoryName(
  name: string,
  existing: readonly string[],
  now: Date,
): string {
  const snake = snakeMigrationName(name);
  if (!snake) throw new Error(`Migration name ${JSON.stringify(name)} has no letters or digits.`);
  let timestamp = migrationTimestamp(now);
  const newest = [...existing].sort().at(-1);
  if (newest !== undefined && `${timestamp}_${snake}` <= newest) {
    const newestDate = parseTimestamp(newest.slice(0, TIMESTAMP_LENGTH));
    if (!newestDate) {
      throw new Error(
        `Cannot order a new migration after ${newest}: its name does not start with YYYYMMDDHHMMSS.`,
      );
    }
    timestamp = migrationTimestamp(new Date(newestDate.getTime() + 1000));
  }
  return `${timestamp}_${snake}`;
}
