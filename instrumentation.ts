/**
 * Runs once when a Next.js server starts (`next start`, `next dev`; never during `next build`).
 * The background job worker (notification emails, the daily digest, scheduled reminders)
 * lives in the server process so that every way of serving the app runs it, with no second
 * process to deploy; see docs/decisions/0005-notifications.md.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerJobWorker } = await import("@/lib/jobs/server-worker");
  // Not awaited: the server answers requests while the worker connects.
  startServerJobWorker();
}
