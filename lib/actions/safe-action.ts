import "server-only";
import crypto from "node:crypto";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { recordDenial } from "@/lib/audit";
import { PERMISSIONS, roleCan, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { readRequestContext } from "@/lib/request-context";

const permissionNames = Object.keys(PERMISSIONS) as [Permission, ...Permission[]];

/**
 * The one chain every server action is built from:
 * session → membership in the named organisation → permission → zod-validated input.
 * Expected failures (AppError) reach the user as their message; anything else is logged
 * with a reference id and the user sees "Something went wrong" with that id.
 */
export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ permission: z.enum(permissionNames).optional(), name: z.string() }),
  handleServerError(error, utils) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    const reference = crypto.randomBytes(4).toString("hex");
    logger.error("server action failed", {
      reference,
      action: utils.metadata?.name,
      error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
    });
    return { code: "INTERNAL" as const, message: `Something went wrong (reference ${reference}).` };
  },
});

/** Actions that need a signed-in, active user (revoked sessions are already null here). */
export const authenticatedAction = actionClient.use(async ({ next }) => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  const request = await readRequestContext();
  return next({ ctx: { user, request } });
});

const organisationInput = z.object({ organisation: z.string().min(1).max(100) });

/**
 * Actions inside an organisation. The input names the organisation by slug; a user who is
 * not an active member gets NOT_FOUND (the organisation's existence is not confirmed), a
 * member whose role lacks the permission gets FORBIDDEN. Both write a denial event.
 */
export const organisationAction = authenticatedAction.use(async ({ next, clientInput, metadata, ctx }) => {
  const parsed = organisationInput.safeParse(clientInput);
  const slug = parsed.success ? parsed.data.organisation : null;
  const membership = slug ? ctx.user.memberships.find((m) => m.organisation.slug === slug) : undefined;
  const denial = { actorId: ctx.user.id, ...ctx.request, permission: metadata.permission };
  if (!membership) {
    await recordDenial({ ...denial, organisationId: null, reason: `not a member of ${slug ?? "(none)"}` });
    throw new AppError("NOT_FOUND", "That page or record does not exist.");
  }
  if (!metadata.permission || !roleCan(membership.role, metadata.permission)) {
    await recordDenial({
      ...denial,
      organisationId: membership.organisation.id,
      reason: `role ${membership.role} lacks ${metadata.permission ?? "(no permission named)"}`,
    });
    throw new AppError("FORBIDDEN", "Your role does not allow this action.");
  }
  return next({ ctx: { membership, organisation: membership.organisation } });
});
