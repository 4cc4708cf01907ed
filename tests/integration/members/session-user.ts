import type { SessionUser } from "@/lib/auth/session";
import { testDb } from "../../setup/test-database";

/**
 * What `getCurrentUser` returns for this user while their session is valid (active
 * memberships only): tests hand it to their mock of the session lookup.
 */
export function sessionUserFor(userId: string): Promise<SessionUser> {
  return testDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      nameZh: true,
      isPlatformAdmin: true,
      memberships: {
        where: { status: "ACTIVE" },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          role: true,
          title: true,
          organisation: { select: { id: true, slug: true, name: true, nameZh: true, kind: true } },
        },
      },
    },
  });
}

/**
 * The audit events of one action by one actor, oldest first. Tests in a file share its
 * database, so every lookup names the actor (each test creates its own people).
 */
export function auditEventsOf(action: string, actorId: string) {
  return testDb().auditEvent.findMany({
    where: { action, actorId },
    orderBy: { createdAt: "asc" },
  });
}
