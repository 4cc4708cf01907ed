"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { acceptInvitation } from "@/lib/actions/members/accept-invitation";

/**
 * For an invitee who already has an account: signs in through next-auth (same throttling as
 * the sign-in page), then accepts as that signed-in user.
 */
export function SignInAndAcceptForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("authClient");
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  const { executeAsync } = useAction(acceptInvitation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) {
      setError(t("enterPassword"));
      return;
    }
    setError(null);
    setIsWorking(true);
    try {
      const signedIn = await signIn("credentials", { email, password, redirect: false });
      if (!signedIn?.ok || signedIn.error) {
        setError(t("wrongPassword"));
        setIsWorking(false);
        return;
      }
      const result = await executeAsync({ token });
      if (!result.data) {
        setError(describeActionError(result));
        setIsWorking(false);
        router.refresh();
        return;
      }
      router.replace(`/${result.data.organisationSlug}`);
      router.refresh();
    } catch {
      setError(t("unreachable"));
      setIsWorking(false);
    }
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t("signInAndAccept")}
      className="space-y-4"
    >
      <p className="text-sm text-ink-600">{t("haveAccount")}</p>
      <div>
        <label htmlFor="invitee-email" className="block text-sm font-medium text-ink-800">
          {t("email")}
        </label>
        <input
          id="invitee-email"
          type="email"
          value={email}
          readOnly
          className={`mt-1 ${inputClassName} bg-ink-50 text-ink-600`}
        />
      </div>
      <div>
        <label htmlFor="invitee-password" className="block text-sm font-medium text-ink-800">
          {t("password")}
        </label>
        <input
          id="invitee-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className={`mt-1 ${inputClassName}`}
        />
      </div>
      <FormMessage>{error}</FormMessage>
      <Button type="submit" className="w-full" disabled={isWorking}>
        {isWorking ? t("signingIn") : t("signInAndAccept")}
      </Button>
    </form>
  );
}
