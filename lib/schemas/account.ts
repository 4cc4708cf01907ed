import { z } from "zod";
import { checkPasswordRules, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";

/**
 * Changing one's password. The rules run here without the email (the form does not send
 * it); the action runs them again with the account's email and name.
 */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(PASSWORD_MAX_LENGTH),
    newPassword: z.string().max(PASSWORD_MAX_LENGTH),
    confirmPassword: z.string(),
  })
  .superRefine((input, context) => {
    const problem = checkPasswordRules(input.newPassword);
    if (problem) context.addIssue({ code: "custom", path: ["newPassword"], message: problem });
    else if (input.newPassword === input.currentPassword) {
      context.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "Choose a new password, not the current one",
      });
    }
    if (input.newPassword !== input.confirmPassword) {
      context.addIssue({
        code: "custom",
        path: ["confirmPassword"],
        message: "The two passwords do not match",
      });
    }
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
