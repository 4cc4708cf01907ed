import PgBoss from "pg-boss";

/** pg-boss keeps its tables in this schema, apart from the app's (which Prisma migrates). */
export const JOB_SCHEMA = "pgboss";

/**
 * A pg-boss client on the owner connection (DATABASE_URL). On start it creates or upgrades its
 * own schema under an advisory lock, so two instances starting together are safe; the app
 * role (incubase_app) gets no privilege on it (docs/decisions/0005-notifications.md).
 */
export function createBoss(ownerUrl: string, options: { applicationName?: string } = {}): PgBoss {
  return new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    application_name: options.applicationName ?? "incubase-jobs",
    // Polling, cron, maintenance and the running job: a small pool is plenty.
    max: 4,
    migrate: true,
  });
}
