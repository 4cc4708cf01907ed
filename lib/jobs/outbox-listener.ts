import pg from "pg";
import { logger } from "@/lib/logger";
import { EMAIL_OUTBOX_CHANNEL } from "@/lib/notifications/outbox-channel";

export type OutboxListener = { close(): Promise<void> };

/**
 * LISTENs on the outbox channel and calls `onSignal` (at most once per `debounceMs`) when a
 * transaction that queued email commits. Reconnects after a lost connection; meanwhile the
 * per-minute sweep still delivers, only later.
 */
export async function listenToOutbox(
  databaseUrl: string,
  onSignal: () => void,
  { debounceMs = 250, reconnectMs = 5_000 } = {},
): Promise<OutboxListener> {
  let client: pg.Client | null = null;
  let isClosed = false;
  let timer: NodeJS.Timeout | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;

  const signal = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      onSignal();
    }, debounceMs);
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({
      connectionString: databaseUrl,
      application_name: "incubase-outbox-listener",
    });
    next.on("notification", (message) => {
      if (message.channel === EMAIL_OUTBOX_CHANNEL) signal();
    });
    next.on("error", (error) => {
      logger.error("outbox listener lost its connection", { error: error.message });
      void next.end().catch(() => {});
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${EMAIL_OUTBOX_CHANNEL}`);
    client = next;
  };

  const scheduleReconnect = () => {
    client = null;
    if (isClosed || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      connect()
        .then(signal) // Catch up on anything committed while disconnected.
        .catch((error: Error) => {
          logger.error("outbox listener could not reconnect", { error: error.message });
          scheduleReconnect();
        });
    }, reconnectMs);
  };

  await connect();
  return {
    async close() {
      isClosed = true;
      if (timer) clearTimeout(timer);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
