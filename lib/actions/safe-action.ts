import "server-only";
import crypto from "node:crypto";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { recordDenial } from "@/lib/audit";
import { PERMISSIONS, roleCan, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionMembership, SessionUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db-unavailable";
import { AppError, DENIAL_CODES, isAppError } from "@/lib/errors";
import { UNAVAILABLE_CODE, UNAVAILABLE_MESSAGE } from "@/lib/errors/unavailable";
import { logger } from "@/lib/logger";
import { readRequestContext, type RequestContext } from "@/lib/request-context";
import { hasUnstorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/schemas/storable-text";
import { runWithTenant } from "@/lib/tenancy/tenant-context";

const permissionNames = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];

/**
 * The one chain every server action is built from:
 * session → membership in the named organisation → permission → zod-validated input.
 * Expected failures (AppError) reach the user as their message; anything else is logged
 * with a reference id and the user sees "Something went wrong" with that id.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () =>
    z.object({ permission: z.enum(permissionNames).optional(), name: z.string() }),
  async handleServerError(error, utils) {
    if (isAppError(error)) {
      if (DENIAL_CODES.has(error.code)) await recordActionDenial(error, utils.ctx, utils.metadata);
      return { code: error.code, message: error.message };
    }
    // PostgreSQL not reachable: the action's transaction never committed, so nothing was saved.
    if (isDatabaseUnavailable(error)) {
      logger.warn("server action failed: database unavailable", {
        action: utils.metadata?.name,
        error: error instanceof Error ? error.message : String(error),
      });
      return { code: UNAVAILABLE_CODE, message: UNAVAILABLE_MESSAGE };
    }
    const reference = crypto.randomBytes(4).toString("hex");
    logger.error("server action failed", {
      reference,
      action: utils.metadata?.name,
      error:
        error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
    });
    return { code: "INTERNAL" as const, message: `Something went wrong (reference ${reference}).` };
  },
  // Text PostgreSQL cannot hold (a NUL, a lone surrogate) is refused before anything runs,
  // instead of failing at the first insert as a 500 (found by tests/integration/fuzz).
}).use(async ({ next, clientInput }) => {
  if (hasUnstorableText(clientInput)) throw new AppError("INVALID", UNSTORABLE_TEXT_MESSAGE);
  return next();
});

type ChainContext = {
  user?: SessionUser;
  request?: RequestContext;
  organisation?: SessionMembership["organisation"];
};

/**
 * Every refusal (no session, not a member, role without the permission, a record outside the
 * tenant) leaves an `access.denied` event, written as the refused user so that row-level
 * security accepts it. A failure to audit is logged, never shown instead of the refusal.
 */
async function recordActionDenial(
  error: AppError,
  context: object,
  metadata: { name: string; permission?: Permission } | undefined,
): Promise<void> {
  const { user, request, organisation } = context as ChainContext;
  const organisationId = error.denial.organisationId ?? organisation?.id ?? null;
  try {
    const requestContext = request ?? (await readRequestContext());
    await runWithTenant({ userId: user?.id ?? null, organisationId }, () =>
      recordDenial({
        organisationId,
        actorId: user?.id ?? null,
        ...requestContext,
        permission: metadata?.permission,
        reason: `${metadata?.name ?? "action"}: ${error.denial.reason ?? error.message}`,
      }),
    );
  } catch (auditError) {
    logger.error("could not record a denial", {
      action: metadata?.name,
      error: String(auditError),
    });
  }
}

/**
 * Actions that need a signed-in, active user (revoked sessions are already null here). The
 * action's queries run as this user in no organisation (row-level security), until
 * organisationAction narrows it.
 */
export const authenticatedAction = actionClient.use(async ({ next }) => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  const request = await readRequestContext();
  const tenant = { userId: user.id, organisationId: null, isPlatformAdmin: user.isPlatformAdmin };
  return runWithTenant(tenant, () => next({ ctx: { user, request } }));
});

const organisationInput = z.object({ organisation: z.string().min(1).max(100) });

/**
 * Actions inside an organisation. The input names the organisation by slug; a user who is
 * not an active member gets NOT_FOUND (the organisation's existence is not confirmed), a
 * member whose role lacks the permission gets FORBIDDEN. Both leave a denial event. From the
 * membership on, the action's queries run as this user in this organisation.
 */
export const organisationAction = authenticatedAction.use(
  async ({ next, clientInput, metadata, ctx }) => {
    const parsed = organisationInput.safeParse(clientInput);
    const slug = parsed.success ? parsed.data.organisation : null;
    const membership = slug
      ? ctx.user.memberships.find((m) => m.organisation.slug === slug)
      : undefined;
    if (!membership) {
      throw new AppError("NOT_FOUND", "That page or record does not exist.", {
        reason: `not a member of ${slug ?? "(no organisation named)"}`,
      });
    }
    const tenant = {
      userId: ctx.user.id,
      organisationId: membership.organisation.id,
      isPlatformAdmin: ctx.user.isPlatformAdmin,
    };
    if (!metadata.permission || !roleCan(membership.role, metadata.permission)) {
      throw new AppError("FORBIDDEN", "Your role does not allow this action.", {
        organisationId: membership.organisation.id,
        reason: `role ${membership.role} lacks ${metadata.permission ?? "(no permission named)"}`,
      });
    }
    return runWithTenant(tenant, () =>
      next({ ctx: { membership, organisation: membership.organisation } }),
    );
  },
);
