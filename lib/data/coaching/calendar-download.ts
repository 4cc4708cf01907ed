import "server-only";
import { recordDenial } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { AppError, DENIAL_CODES, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { RequestContext } from "@/lib/request-context";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import {
  buildSessionCalendar,
  buildUpcomingCalendar,
  type CalendarParty,
} from "./session-calendar";

/**
 * The .ics file behind the calendar routes: one session (`sessionId`) or all the party's
 * upcoming ones. Only parties to a session get it — its mentor, and the members of its
 * start-up; anyone else, and any id outside their reach, gets NOT_FOUND (404), the same answer
 * as for a session that does not exist. No session: UNAUTHENTICATED (401).
 */
export async function downloadCalendar({
  user,
  organisationSlug,
  sessionId,
  origin,
  now = new Date(),
}: {
  user: SessionUser | null;
  organisationSlug: string;
  sessionId?: string;
  origin: string;
  now?: Date;
}): Promise<{ filename: string; body: string }> {
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  const membership = user.memberships.find((m) => m.organisation.slug === organisationSlug);
  if (!membership) {
    throw new AppError("NOT_FOUND", "That calendar does not exist.", {
      reason: `not a member of ${organisationSlug || "(no organisation named)"}`,
    });
  }
  const party: CalendarParty = {
    userId: user.id,
    organisationId: membership.organisation.id,
    organisationSlug: membership.organisation.slug,
    organisationName: membership.organisation.name,
    role: membership.role,
    organisationKind: membership.organisation.kind,
  };
  const tenant = {
    userId: user.id,
    organisationId: membership.organisation.id,
    isPlatformAdmin: user.isPlatformAdmin,
  };
  const file = await runWithTenant(tenant, () =>
    sessionId
      ? buildSessionCalendar(party, sessionId, origin, now)
      : buildUpcomingCalendar(party, origin, now),
  );
  if (!file) {
    throw new AppError("NOT_FOUND", "That calendar does not exist.", {
      organisationId: membership.organisation.id,
      reason: sessionId
        ? `not a party to coaching session ${sessionId.slice(0, 64)}`
        : `role ${membership.role} has no coaching calendar`,
    });
  }
  return file;
}

/** Leaves an `access.denied` event for a refused download, as the refused user. */
export async function recordCalendarDenial(
  error: unknown,
  user: SessionUser | null,
  request: RequestContext,
): Promise<void> {
  if (!isAppError(error) || !DENIAL_CODES.has(error.code)) return;
  const organisationId = error.denial.organisationId ?? null;
  try {
    await runWithTenant({ userId: user?.id ?? null, organisationId }, () =>
      recordDenial({
        organisationId,
        actorId: user?.id ?? null,
        ...request,
        reason: `coaching calendar: ${error.denial.reason ?? error.message}`,
      }),
    );
  } catch (auditError) {
    logger.error("could not record a denial", { error: String(auditError) });
  }
}
