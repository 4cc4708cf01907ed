"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { organisationAction } from "@/lib/actions/safe-action";
import { recordAuditEvent } from "@/lib/audit";
import { db } from "@/lib/db";
import {
  generateInvitationToken,
  hashInvitationToken,
  invitationExpiresAt,
  isInvitationAcceptable,
} from "@/lib/domain/invitations";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { inviteExternalReviewerSchema } from "@/lib/schemas/reviews";

/**
 * An officer invites an expert from outside the organisation to review. The invitation is the
 * members' machinery (a 7-day link, only its hash stored) with the EXTERNAL_REVIEWER role: the
 * expert creates an account from the link, lands on their review queue, and can do nothing but
 * score the applications an officer assigns them (row-level security gives the membership no
 * tenant rows). Returns the link once.
 */
export const inviteExternalReviewer = organisationAction
  .metadata({ name: "invite-external-reviewer", permission: "review.assign" })
  .inputSchema(inviteExternalReviewerSchema)
  .action(async ({ parsedInput: { name, email }, ctx: { user, organisation, request } }) => {
    if (organisation.kind !== "OPERATOR") {
      throw new AppError("FORBIDDEN", "Only an operator invites external reviewers.");
    }
    const token = generateInvitationToken();
    const now = new Date();

    const invitation = await db.$transaction(async (tx) => {
      // The same lock as invite-member: one live link per address and organisation.
      const lockKey = `invitation:${organisation.id}:${email}`;
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;

      const activeMembership = await tx.membership.findFirst({
        where: { organisationId: organisation.id, status: "ACTIVE", user: { email } },
        select: { id: true },
      });
      if (activeMembership) {
        throw new AppError(
          "CONFLICT",
          `${email} is already a member of ${organisation.name}: assign them directly.`,
        );
      }
      const pending = await tx.invitation.findMany({
        where: { organisationId: organisation.id, email, status: "PENDING" },
        select: { id: true, status: true, expiresAt: true },
      });
      if (pending.some((existing) => isInvitationAcceptable(existing, now))) {
        throw new AppError(
          "CONFLICT",
          `${email} already has a pending invitation. Ask an administrator to revoke it to send a new link.`,
        );
      }
      if (pending.length > 0) {
        await tx.invitation.updateMany({
          where: { id: { in: pending.map((existing) => existing.id) } },
          data: { status: "EXPIRED" },
        });
      }
      const created = await tx.invitation.create({
        data: {
          organisationId: organisation.id,
          email,
          name,
          role: "EXTERNAL_REVIEWER",
          tokenHash: hashInvitationToken(token),
          expiresAt: invitationExpiresAt(now),
          invitedById: user.id,
        },
        select: { id: true, email: true, name: true, role: true, expiresAt: true },
      });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "review.invite_external",
        targetType: "Invitation",
        targetId: created.id,
        after: {
          email: created.email,
          name: created.name,
          role: created.role,
          expiresAt: created.expiresAt,
        },
        ...request,
      });
      return created;
    });

    const path = `/invitations/${token}`;
    // No mail queue yet: the officer copies the link, and the server log keeps it.
    const origin = (await headers()).get("origin") ?? process.env.NEXTAUTH_URL ?? "";
    logger.info("external reviewer invitation issued", {
      organisation: organisation.slug,
      invitationId: invitation.id,
      email: invitation.email,
      link: `${origin}${path}`,
    });
    revalidatePath(`/${organisation.slug}/reviews`);
    return {
      invitationId: invitation.id,
      email: invitation.email,
      name: invitation.name,
      expiresAt: invitation.expiresAt.toISOString(),
      path,
    };
  });
