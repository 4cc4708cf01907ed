"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import {
  InvitationLinkNotice,
  type IssuedInvitation,
} from "@/components/members/invitation-link-notice";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { inviteCoFounder } from "@/lib/actions/startups/invite-co-founder";
import { inviteStartupMemberSchema, type InviteStartupMemberInput } from "@/lib/schemas/members";

/** An email address; on success shows the one-time link to send to the co-founder. */
export function InviteCoFounderForm({ organisation }: { organisation: string }) {
  const t = useTranslations("membersClient");
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const { executeAsync, isPending } = useAction(inviteCoFounder);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<InviteStartupMemberInput>({
    resolver: zodResolver(inviteStartupMemberSchema),
    defaultValues: { organisation, email: "" },
  });

  async function onSubmit(input: InviteStartupMemberInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        setFormError(describeActionError(result));
        return;
      }
      setIssued({ ...result.data, link: `${window.location.origin}${result.data.path}` });
      toast({ title: t("invited", { email: result.data.email }), tone: "success" });
      reset({ organisation, email: "" });
    } catch {
      setFormError(t("unreachable"));
    }
  }

  return (
    <div className="space-y-4">
      <form
        onSubmit={handleSubmit(onSubmit)}
        noValidate
        aria-label={t("inviteCoFounderLabel")}
        className="space-y-3"
      >
        <input type="hidden" {...register("organisation")} />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1">
            <label htmlFor="co-founder-email" className="block text-sm font-medium text-ink-800">
              {t("theirEmail")}
            </label>
            <input
              id="co-founder-email"
              type="email"
              autoComplete="off"
              inputMode="email"
              placeholder={t("theirEmailPlaceholder")}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={errors.email ? "co-founder-email-error" : undefined}
              className={`mt-1 ${inputClassName}`}
              {...register("email")}
            />
          </div>
          <Button type="submit" disabled={isPending}>
            {isPending ? t("inviting") : t("invite")}
          </Button>
        </div>
        {errors.email ? (
          <p id="co-founder-email-error" className="text-sm text-red-700">
            {errors.email.message}
          </p>
        ) : null}
        <FormMessage>{formError}</FormMessage>
      </form>
      {issued ? (
        <InvitationLinkNotice invitation={issued} onDismiss={() => setIssued(null)} />
      ) : null}
    </div>
  );
}
