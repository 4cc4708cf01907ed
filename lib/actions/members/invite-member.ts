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
  isRoleAssignable,
} from "@/lib/domain/invitations";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { inviteMemberSchema } from "@/lib/schemas/members";

/**
 * Invites an email address into the organisation with a role. Returns the link once: only
 * the token's hash is stored, so nobody can show it again.
 */
export const inviteMember = organisationAction
  .metadata({ name: "invite-member", permission: "member.invite" })
  .inputSchema(inviteMemberSchema)
  .action(async ({ parsedInput: { email, role }, ctx: { user, organisation, request } }) => {
    if (!isRoleAssignable(organisation.kind, role)) {
      throw new AppError(
        "INVALID",
        `${membershipRoleLabels[role]} is not a role in ${organisation.name}.`,
      );
    }
    const token = generateInvitationToken();
    const now = new Date();

    const invitation = await db.$transaction(async (tx) => {
      // Serialises invitations to one address in one organisation, so two admins clicking at
      // once cannot leave two live links for the same person.
      const lockKey = `invitation:${organisation.id}:${email}`;
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;

      const activeMembership = await tx.membership.findFirst({
        where: { organisationId: organisation.id, status: "ACTIVE", user: { email } },
        select: { id: true },
      });
      if (activeMembership) {
        throw new AppError("CONFLICT", `${email} is already a member of ${organisation.name}.`);
      }
      const pending = await tx.invitation.findMany({
        where: { organisationId: organisation.id, email, status: "PENDING" },
        select: { id: true, status: true, expiresAt: true },
      });
      if (pending.some((existing) => isInvitationAcceptable(existing, now))) {
        throw new AppError(
          "CONFLICT",
          `${email} already has a pending invitation. Revoke it to send a new link.`,
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
          role,
          tokenHash: hashInvitationToken(token),
          expiresAt: invitationExpiresAt(now),
          invitedById: user.id,
        },
        select: { id: true, email: true, role: true, expiresAt: true },
      });
      await recordAuditEvent(tx, {
        organisationId: organisation.id,
        actorId: user.id,
        action: "member.invite",
        targetType: "Invitation",
        targetId: created.id,
        after: { email: created.email, role: created.role, expiresAt: created.expiresAt },
        ...request,
      });
      return created;
    });

    const path = `/invitations/${token}`;
    // No mail queue yet: the admin copies the link from the screen, and the server log keeps
    // it for whoever runs the deployment.
    const origin = (await headers()).get("origin") ?? process.env.NEXTAUTH_URL ?? "";
    logger.info("invitation link issued", {
      organisation: organisation.slug,
      invitationId: invitation.id,
      email: invitation.email,
      link: `${origin}${path}`,
    });

    revalidatePath(`/${organisation.slug}/members`);
    return {
      invitationId: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
      path,
    };
  });
