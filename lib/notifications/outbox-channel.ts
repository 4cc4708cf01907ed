/**
 * The PostgreSQL NOTIFY channel that wakes the email worker. notify() signals it inside the
 * caller's transaction, so the signal is delivered when that transaction commits and never
 * when it rolls back; the worker also sweeps the outbox every minute in case one is missed.
 */
export const EMAIL_OUTBOX_CHANNEL = "incubase_email_outbox";
