import type { AuditEvent, Prisma } from "@/lib/generated/prisma/client";
import type { FactoryDatabase } from "./database";

/** Appends an audit event; platform-level (no organisation, no actor) unless given. */
export function createAuditEvent(
  db: FactoryDatabase,
  overrides: Partial<Prisma.AuditEventUncheckedCreateInput> = {},
): Promise<AuditEvent> {
  return db.auditEvent.create({ data: { action: "test.event", ...overrides } });
}
