import { z } from "zod";
import { checkPasswordRules, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { MembershipRole } from "@/lib/generated/prisma/enums";

const organisation = z.string().min(1).max(100);
const recordId = z.string().min(1).max(64);
const role = z.enum(MembershipRole, { error: "Choose a role" });

export const emailField = z
  .string()
  .trim()
  .min(1, "Enter an email address")
  .max(254, "That email address is too long")
  .email("Enter a valid email address")
  .toLowerCase();

/** The token in an invitation link: 32 random bytes as 43 URL-safe base64 characters. */
export const invitationTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid");

export const inviteMemberSchema = z.object({ organisation, email: emailField, role });
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

/** A founder invites a co-founder: the role is always STARTUP_MEMBER, so it is not asked. */
export const inviteStartupMemberSchema = z.object({ organisation, email: emailField });
export type InviteStartupMemberInput = z.infer<typeof inviteStartupMemberSchema>;

export const revokeInvitationSchema = z.object({ organisation, invitationId: recordId });
export type RevokeInvitationInput = z.infer<typeof revokeInvitationSchema>;

export const changeMemberRoleSchema = z.object({ organisation, membershipId: recordId, role });
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

export const membershipStatusSchema = z.object({ organisation, membershipId: recordId });
export type MembershipStatusInput = z.infer<typeof membershipStatusSchema>;

/** An existing, signed-in user accepts: the token is all there is to send. */
export const acceptInvitationSchema = z.object({ token: invitationTokenSchema });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/**
 * A new user accepts by naming themselves and choosing a password. The password rules run
 * here without the email (the form does not send it); the action runs them again with the
 * invitation's email.
 */
export const acceptInvitationAsNewUserSchema = z
  .object({
    token: invitationTokenSchema,
    name: z.string().trim().min(1, "Enter your name").max(120, "Use at most 120 characters"),
    password: z.string().max(PASSWORD_MAX_LENGTH),
    confirmPassword: z.string(),
  })
  .superRefine((input, context) => {
    const problem = checkPasswordRules(input.password, { name: input.name });
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
    if (input.password !== input.confirmPassword) {
      context.addIssue({
        code: "custom",
        path: ["confirmPassword"],
        message: "The two passwords do not match",
      });
    }
  });
export type AcceptInvitationAsNewUserInput = z.infer<typeof acceptInvitationAsNewUserSchema>;
