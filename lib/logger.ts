/** Structured server log lines (JSON), one per event, for the platform's log collector. */
export const logger = {
  info(message: string, context: Record<string, unknown> = {}) {
    console.log(
      JSON.stringify({ level: "info", time: new Date().toISOString(), message, ...context }),
    );
  },
  warn(message: string, context: Record<string, unknown> = {}) {
    console.warn(
      JSON.stringify({ level: "warn", time: new Date().toISOString(), message, ...context }),
    );
  },
  error(message: string, context: Record<string, unknown> = {}) {
    console.error(
      JSON.stringify({ level: "error", time: new Date().toISOString(), message, ...context }),
    );
  },
};
