import "server-only";
import type { ITXClientDenyList } from "@prisma/client/runtime/client";
import { recordAuditEvent } from "@/lib/audit";
import type { Database } from "@/lib/db-client";
import { AppError } from "@/lib/errors";
import type { FocusArea } from "@/lib/generated/prisma/enums";
import type { RequestContext } from "@/lib/request-context";
import { applyTenantSettings } from "@/lib/tenancy/transaction-settings";

type Transaction = Omit<Database, ITXClientDenyList>;

export type NewStartup = {
  startupName: string;
  startupNameZh?: string | undefined;
  focusAreas: readonly FocusArea[];
  title?: string | undefined;
};

/**
 * app_register_startup's five-a-day cap per founder (SQLSTATE 54000, program_limit_exceeded).
 * Prisma reports a raw query's SQLSTATE in its message ("Code: `54000`"), so match both.
 */
function isFounderCapError(error: unknown): boolean {
  const meta = (error as { meta?: { code?: unknown } }).meta;
  const message = error instanceof Error ? error.message : String(error);
  return meta?.code === "54000" || message.includes("`54000`");
}

/**
 * Inside a transaction, as `founderId`: creates a STARTUP organisation with its profile and the
 * founder's ACTIVE STARTUP_MEMBER membership through `app_register_startup` (the app role may not
 * insert organisations; the function makes the slug unique), then records the audit event in
 * the new organisation. Leaves the transaction acting in the new start-up.
 */
export async function registerStartupOrganisation(
  tx: Transaction,
  {
    founderId,
    startup,
    request,
    isNewAccount,
  }: { founderId: string; startup: NewStartup; request: RequestContext; isNewAccount: boolean },
): Promise<{ id: string; slug: string; name: string }> {
  // The function takes its founder from app.user_id, never from an argument.
  await applyTenantSettings(tx, { userId: founderId, organisationId: null });
  let created: { organisation_id: string; organisation_slug: string } | undefined;
  try {
    [created] = await tx.$queryRaw<{ organisation_id: string; organisation_slug: string }[]>`
      select organisation_id, organisation_slug
      from app_register_startup(
        ${startup.startupName},
        ${startup.startupNameZh ?? null},
        ${[...startup.focusAreas]}::"FocusArea"[],
        ${startup.title ?? null}
      )`;
  } catch (error) {
    if (isFounderCapError(error)) {
      throw new AppError(
        "RATE_LIMITED",
        "You have registered several start-ups today. Try again tomorrow, or ask the programme office.",
      );
    }
    throw error;
  }
  if (!created) throw new Error("app_register_startup returned no row");
  const organisation = {
    id: created.organisation_id,
    slug: created.organisation_slug,
    name: startup.startupName,
  };
  // From here the founder is a member: act in the start-up so the audit event is its own.
  await applyTenantSettings(tx, { userId: founderId, organisationId: organisation.id });
  await recordAuditEvent(tx, {
    organisationId: organisation.id,
    actorId: founderId,
    action: "startup.register",
    targetType: "Organisation",
    targetId: organisation.id,
    after: {
      slug: organisation.slug,
      name: startup.startupName,
      nameZh: startup.startupNameZh ?? null,
      focusAreas: startup.focusAreas,
      ...(isNewAccount ? { isNewAccount: true } : {}),
    },
    ...request,
  });
  return organisation;
}
