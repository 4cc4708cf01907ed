"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { changePassword } from "@/lib/actions/account/change-password";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/schemas/account";

const fields = [
  { name: "currentPassword", label: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", label: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", label: "newPasswordAgain", autoComplete: "new-password" },
] as const;

/** Current + new password; on success every session ends, this one too, so it signs out. */
export function ChangePasswordForm() {
  const t = useTranslations("accountClient");
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(changePassword);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema) });

  async function onSubmit(input: ChangePasswordInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        setFormError(describeActionError(result));
        return;
      }
      setNotice(t("passwordChanged"));
      await signOut({ callbackUrl: "/sign-in" });
    } catch {
      setFormError(t("unreachable"));
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("changePassword")}
      className="max-w-md space-y-4"
    >
      {fields.map((field) => {
        const error = errors[field.name];
        const errorId = `${field.name}-error`;
        return (
          <div key={field.name}>
            <label htmlFor={field.name} className="block text-sm font-medium text-ink-800">
              {t(field.label)}
            </label>
            <input
              id={field.name}
              type="password"
              autoComplete={field.autoComplete}
              aria-invalid={error ? true : undefined}
              aria-describedby={
                error ? errorId : field.name === "newPassword" ? "new-password-hint" : undefined
              }
              className={`mt-1 ${inputClassName}`}
              {...register(field.name)}
            />
            {field.name === "newPassword" && !error ? (
              <p id="new-password-hint" className="mt-1 text-xs text-ink-500">
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
      <FormMessage tone="success">{notice}</FormMessage>
      <Button type="submit" disabled={isPending || notice !== null}>
        {isPending ? t("changing") : t("changePassword")}
      </Button>
    </form>
  );
}
