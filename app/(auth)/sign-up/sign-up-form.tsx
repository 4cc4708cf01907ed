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
import { StartupFields } from "@/components/startups/startup-fields";
import { Button } from "@/components/ui/button";
import { signUpStartup } from "@/lib/actions/startups/sign-up-startup";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { signUpSchema, type SignUpInput } from "@/lib/schemas/startups";

const accountFields = [
  { name: "name", label: "yourName", type: "text", autoComplete: "name" },
  { name: "email", label: "workEmail", type: "email", autoComplete: "email" },
  { name: "password", label: "choosePassword", type: "password", autoComplete: "new-password" },
  {
    name: "confirmPassword",
    label: "passwordAgain",
    type: "password",
    autoComplete: "new-password",
  },
] as const;

/**
 * The founder's account and their start-up, then straight in: to `callbackPath` (a call they
 * were reading) when there is one, else the new start-up's home.
 */
export function SignUpForm({ callbackPath }: { callbackPath: string | null }) {
  const t = useTranslations("authClient");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [isSigningIn, setIsSigningIn] = useState(false);
  const { executeAsync, isPending } = useAction(signUpStartup);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: {
      name: "",
      email: "",
      password: "",
      confirmPassword: "",
      startupName: "",
      startupNameZh: "",
      focusAreas: [],
      title: "",
    },
  });

  async function onSubmit(input: SignUpInput) {
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
      const destination = callbackPath ?? `/${result.data.organisationSlug}`;
      router.replace(
        signedIn?.ok && !signedIn.error
          ? destination
          : `/sign-in?callbackUrl=${encodeURIComponent(destination)}`,
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
      aria-label={t("registerYourStartup")}
      className="space-y-6"
    >
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-ink-900">{t("you")}</legend>
        {accountFields.map((field) => {
          const error = errors[field.name];
          const errorId = `sign-up-${field.name}-error`;
          return (
            <div key={field.name}>
              <label
                htmlFor={`sign-up-${field.name}`}
                className="block text-sm font-medium text-ink-800"
              >
                {t(field.label)}
              </label>
              <input
                id={`sign-up-${field.name}`}
                type={field.type}
                autoComplete={field.autoComplete}
                {...(field.type === "email" ? { inputMode: "email" as const } : {})}
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
      </fieldset>
      <section aria-labelledby="sign-up-startup" className="space-y-4 border-t border-ink-100 pt-5">
        <h2 id="sign-up-startup" className="text-sm font-semibold text-ink-900">
          {t("yourStartup")}
        </h2>
        <StartupFields register={register} errors={errors} />
      </section>
      <FormMessage>{formError}</FormMessage>
      <Button type="submit" className="w-full" disabled={isPending || isSigningIn}>
        {isPending
          ? t("creatingAccount")
          : isSigningIn
            ? t("signingYouIn")
            : t("createAccountAndStartup")}
      </Button>
    </form>
  );
}
