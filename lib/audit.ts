import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export type AuditEventInput = {
  organisationId: string | null;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  before?: unknown;
  after?: unknown;
  ipAddress?: string | null;
  userAgent?: string | null;
};

// Structural so both the client and a transaction client (with the app's `omit`) fit.
type AuditWriter = {
  auditEvent: {
    createMany: (args: { data: Prisma.AuditEventCreateManyInput }) => PromiseLike<unknown>;
  };
};

/** JSON-safe copy of a record: BigInt money becomes a string of cents, dates ISO strings. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, field: unknown) =>
      typeof field === "bigint" ? field.toString() : field,
    ),
  ) as Prisma.InputJsonValue;
}

/**
 * Writes an audit event with the given client; pass the mutation's transaction client.
 * `createMany` because it returns nothing: an INSERT ... RETURNING would also need the new row
 * to be readable, and row-level security lets a writer add events it cannot read back (a
 * refusal outside any organisation, an invitee's acceptance).
 */
export async function recordAuditEvent(writer: AuditWriter, event: AuditEventInput): Promise<void> {
  await writer.auditEvent.createMany({
    data: {
      organisationId: event.organisationId,
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      before: toAuditJson(event.before),
      after: toAuditJson(event.after),
      ipAddress: event.ipAddress ?? null,
      userAgent: event.userAgent?.slice(0, 500) ?? null,
    },
  });
}

/** Records a refused attempt on its own (there is no mutation transaction to join). */
export async function recordDenial(
  event: Omit<AuditEventInput, "action"> & { reason: string; permission?: string },
) {
  await recordAuditEvent(db, {
    ...event,
    action: "access.denied",
    after: { reason: event.reason, permission: event.permission },
  });
}
