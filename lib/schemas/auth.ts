import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address")
    .email("Enter a valid email address")
    .max(254),
  password: z.string().min(1, "Enter your password").max(200, "That password is too long"),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** Shown when the account or address used up its failed sign-ins (shared by server and form). */
export const SIGN_IN_THROTTLED_MESSAGE = "Too many failed sign-ins. Wait 15 minutes and try again.";
