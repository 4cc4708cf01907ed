import { z } from "zod";
import { checkPasswordRules, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { FocusArea } from "@/lib/generated/prisma/enums";
import { emailField } from "@/lib/schemas/members";

/** The start-up itself: what the organisation and its profile start with. */
const startupFields = {
  startupName: z
    .string()
    .trim()
    .min(2, "Enter your start-up's name")
    .max(120, "Use at most 120 characters"),
  startupNameZh: z.string().trim().max(120, "Use at most 120 characters").optional(),
  focusAreas: z.array(z.enum(FocusArea)).max(8, "Choose at most 8 focus areas"),
  title: z.string().trim().max(120, "Use at most 120 characters").optional(),
};

/**
 * A founder signs up: their account and their start-up in one go. The password rules run here
 * with the email and name (the form sends both), and again in the action.
 */
export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(120, "Use at most 120 characters"),
    email: emailField,
    password: z.string().max(PASSWORD_MAX_LENGTH),
    confirmPassword: z.string(),
    ...startupFields,
  })
  .superRefine((input, context) => {
    const problem = checkPasswordRules(input.password, { email: input.email, name: input.name });
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
    if (input.password !== input.confirmPassword) {
      context.addIssue({
        code: "custom",
        path: ["confirmPassword"],
        message: "The two passwords do not match",
      });
    }
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

/** Someone already signed in registers a (further) start-up with their own account. */
export const registerStartupSchema = z.object(startupFields);
export type RegisterStartupInput = z.infer<typeof registerStartupSchema>;

/**
 * Shown for an email that already has an account. Creating an account and signing in at once
 * cannot hide that an address is taken (one answer succeeds, the other cannot), so the message
 * says no more than that and sends the person to sign-in; every attempt counts against the
 * sign-up limits, which bounds how many addresses anyone can probe.
 */
export const EMAIL_UNAVAILABLE_MESSAGE =
  "This email address cannot be used for a new account. If it is yours, sign in with it: you can register your start-up from there.";

/** Shown when the sign-up limits are used up (per client address, or for the whole service). */
export const SIGN_UP_THROTTLED_MESSAGE =
  "Too many sign-ups from here just now. Wait an hour and try again, or write to the programme office.";
