"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { organisationAction } from "@/lib/actions/safe-action";
import { issueInvitation } from "@/lib/data/members/issue-invitation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { inviteStartupMemberSchema } from "@/lib/schemas/members";

/**
 * A founder invites a co-founder or colleague into their start-up, always as a start-up member
 * (a start-up has no other role). Accepting goes through the same invitation link as an
 * operator's (app/(auth)/invitations/[token]). Returns the link once: only its hash is stored.
 */
export const inviteCoFounder = organisationAction
  .metadata({ name: "invite-co-founder", permission: "startup_member.invite" })
  .inputSchema(inviteStartupMemberSchema)
  .action(async ({ parsedInput: { email }, ctx: { user, organisation, request } }) => {
    // The permission is a start-up member's, but a person could hold that role somewhere odd.
    if (organisation.kind !== "STARTUP") {
      throw new AppError("FORBIDDEN", "Only a start-up invites co-founders.", {
        organisationId: organisation.id,
        reason: `invite-co-founder in a ${organisation.kind} organisation`,
      });
    }
    const { invitation, token } = await db.$transaction((tx) =>
      issueInvitation(tx, {
        organisation,
        email,
        role: "STARTUP_MEMBER",
        invitedById: user.id,
        auditAction: "startup_member.invite",
        request,
      }),
    );

    const path = `/invitations/${token}`;
    // No mail queue yet: the founder copies the link from the screen, and the server log keeps
    // it for whoever runs the deployment (as for an operator's invitations).
    const origin = (await headers()).get("origin") ?? process.env.NEXTAUTH_URL ?? "";
    logger.info("invitation link issued", {
      organisation: organisation.slug,
      invitationId: invitation.id,
      email: invitation.email,
      link: `${origin}${path}`,
    });
    revalidatePath(`/${organisation.slug}/team`);
    return {
      invitationId: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
      path,
    };
  });
