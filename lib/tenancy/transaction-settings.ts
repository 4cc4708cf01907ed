import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import type { Database } from "@/lib/db-client";
import type { TenantContext } from "@/lib/tenancy/tenant-context";

type Transaction = Omit<Database, ITXClientDenyList>;

/** True when the context names anyone at all (else there is nothing to tell the database). */
export function hasTenant(context: TenantContext | null): context is TenantContext {
  return Boolean(context && (context.userId || context.organisationId || context.isPlatformAdmin));
}

/**
 * Tells PostgreSQL who this transaction acts for. `set_config(..., true)` lasts until the
 * transaction ends, so a pooled connection never carries a tenant into the next one. An empty
 * string means "not set" to the policies.
 */
export async function applyTenantSettings(tx: Transaction, context: TenantContext): Promise<void> {
  await tx.$executeRaw`select
    set_config('app.user_id', ${context.userId ?? ""}, true),
    set_config('app.organisation_id', ${context.organisationId ?? ""}, true),
    set_config('app.platform_admin', ${context.isPlatformAdmin ? "on" : ""}, true)`;
}

/**
 * For the rest of this transaction, the holder of an invitation link may read and accept that
 * invitation (and only it): the policies match the token's sha256 against `Invitation.tokenHash`.
 */
export async function scopeTransactionToInvitation(
  tx: Transaction,
  tokenHash: string,
): Promise<void> {
  await tx.$executeRaw`select set_config('app.invitation_token_hash', ${tokenHash}, true)`;
}
