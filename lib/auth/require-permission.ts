import "server-only";
import { notFound } from "next/navigation";
import { roleCan, type Permission } from "@/lib/auth/permissions";
import type { SessionMembership } from "@/lib/auth/session";

/**
 * Render-time twin of the action chain's permission check: a page a role may not use is a
 * 404, so its existence is not confirmed (the same answer a non-member gets).
 */
export function requirePermission(
  membership: Pick<SessionMembership, "role">,
  permission: Permission,
): void {
  if (!roleCan(membership.role, permission)) notFound();
}
