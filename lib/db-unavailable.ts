/**
 * Tells "PostgreSQL cannot be reached right now" apart from every other database error, so the
 * app can answer 503 "try again in a minute" instead of "Something went wrong" while the
 * database is stopped, restarting, failing over or refusing connections. No import of Prisma
 * or pg: the error is recognised by shape, wherever in its `cause`/`meta` chain it sits.
 */

/** Socket errors of the pg driver (Node's `code`) that mean "no connection to the server". */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);

/** Prisma's codes for an unreachable server, a dropped connection or an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);

/** What @prisma/adapter-pg reports (`meta.driverAdapterError.cause.kind`) for the same. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (the server is shutting
 * down, crashed or is starting up), 53300 (too many connections).
 */
function isUnavailableSqlState(code: string, message: string): boolean {
  if (code.startsWith("08")) return true;
  if (code === "57P01" || code === "57P02" || code === "57P03" || code === "53300") return true;
  // A database closed to new connections (ALTER DATABASE … ALLOW_CONNECTIONS false, used for
  // maintenance) is class 55, shared with unrelated errors: recognised by its message.
  return code === "55000" && /not currently accepting connections/i.test(message);
}

// pg's own errors without a code: the pool could not connect in time, or the socket ended.
const DRIVER_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Can't reach database server|Server has closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)/i;

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, name) : undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** True when `error` (or an error it wraps) means the database is not reachable right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const code = text(field(current, "code"));
    const message = text(field(current, "message"));
    if (SOCKET_CODES.has(code) || PRISMA_CODES.has(code)) return true;
    if (ADAPTER_KINDS.has(text(field(current, "kind")))) return true;
    const sqlState =
      text(field(current, "originalCode")) || (/^[0-9A-Z]{5}$/.test(code) ? code : "");
    if (
      sqlState &&
      isUnavailableSqlState(sqlState, text(field(current, "originalMessage")) || message)
    )
      return true;
    if (DRIVER_MESSAGES.test(message)) return true;
    // Prisma keeps the adapter's error in meta.driverAdapterError.cause; Node in `cause`;
    // AggregateError (several addresses refused) in `errors`.
    pending.push(
      field(current, "cause"),
      field(current, "meta"),
      field(current, "driverAdapterError"),
    );
    const errors = field(current, "errors");
    if (Array.isArray(errors)) pending.push(...(errors as unknown[]));
  }
  return false;
}
