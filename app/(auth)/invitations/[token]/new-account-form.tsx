"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { acceptInvitationAsNewUser } from "@/lib/actions/members/accept-invitation-as-new-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import {
  acceptInvitationAsNewUserSchema,
  type AcceptInvitationAsNewUserInput,
} from "@/lib/schemas/members";

const fields = [
  { name: "name", label: "yourName", type: "text", autoComplete: "name" },
  { name: "password", label: "choosePassword", type: "password", autoComplete: "new-password" },
  {
    name: "confirmPassword",
    label: "passwordAgain",
    type: "password",
    autoComplete: "new-password",
  },
] as const;

/** For an invitee without an account: name and password, then straight in. */
export function NewAccountForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("authClient");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [isSigningIn, setIsSigningIn] = useState(false);
  const { executeAsync, isPending } = useAction(acceptInvitationAsNewUser);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<AcceptInvitationAsNewUserInput>({
    resolver: zodResolver(acceptInvitationAsNewUserSchema),
    defaultValues: { token, name: "", password: "", confirmPassword: "" },
  });

  async function onSubmit(input: AcceptInvitationAsNewUserInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        setFormError(describeActionError(result));
        return;
      }
      setIsSigningIn(true);
      const signedIn = await signIn("credentials", {
        email: result.data.email,
        password: input.password,
        redirect: false,
      });
      // The account exists either way; if signing in fails here, the sign-in page will do.
      router.replace(
        signedIn?.ok && !signedIn.error ? `/${result.data.organisationSlug}` : "/sign-in",
      );
      router.refresh();
    } catch {
      setFormError(t("unreachable"));
      setIsSigningIn(false);
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("createYourAccount")}
      className="space-y-4"
    >
      <input type="hidden" {...register("token")} />
      <div>
        <label htmlFor="new-account-email" className="block text-sm font-medium text-ink-800">
          {t("email")}
        </label>
        <input
          id="new-account-email"
          type="email"
          value={email}
          readOnly
          className={`mt-1 ${inputClassName} bg-ink-50 text-ink-600`}
        />
      </div>
      {fields.map((field) => {
        const error = errors[field.name];
        const errorId = `new-account-${field.name}-error`;
        return (
          <div key={field.name}>
            <label
              htmlFor={`new-account-${field.name}`}
              className="block text-sm font-medium text-ink-800"
            >
              {t(field.label)}
            </label>
            <input
              id={`new-account-${field.name}`}
              type={field.type}
              autoComplete={field.autoComplete}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className={`mt-1 ${inputClassName}`}
              {...register(field.name)}
            />
            {field.name === "password" && !error ? (
              <p className="mt-1 text-xs text-ink-500">
                {t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
              </p>
            ) : null}
            {error ? (
              <p id={errorId} className="mt-1 text-sm text-red-700">
                {error.message}
              </p>
            ) : null}
          </div>
        );
      })}
      <FormMessage>{formError}</FormMessage>
      <Button type="submit" className="w-full" disabled={isPending || isSigningIn}>
        {isPending
          ? t("creatingAccount")
          : isSigningIn
            ? t("signingYouIn")
            : t("createAccountAndJoin")}
      </Button>
    </form>
  );
}
