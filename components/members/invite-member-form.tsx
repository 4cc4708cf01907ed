"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { describeActionError } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import {
  InvitationLinkNotice,
  type IssuedInvitation,
} from "@/components/members/invitation-link-notice";
import { inputClassName } from "@/components/members/input-class-name";
import { inviteMember } from "@/lib/actions/members/invite-member";
import { useToast } from "@/components/ui/toast";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { inviteMemberSchema, type InviteMemberInput } from "@/lib/schemas/members";

/** Email + role; on success shows the one-time link to copy to the invitee. */
export function InviteMemberForm({
  organisation,
  roles,
}: {
  organisation: string;
  roles: readonly MembershipRole[];
}) {
  const t = useTranslations("membersClient");
  const roleLabel = useTranslations("roles");
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const { executeAsync, isPending } = useAction(inviteMember);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<InviteMemberInput>({
    resolver: zodResolver(inviteMemberSchema),
    defaultValues: {
      organisation,
      email: "",
      role: roles.includes("PROGRAMME_OFFICER") ? "PROGRAMME_OFFICER" : roles[0],
    },
  });

  async function onSubmit(input: InviteMemberInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        setFormError(describeActionError(result));
        return;
      }
      setIssued({ ...result.data, link: `${window.location.origin}${result.data.path}` });
      toast({ title: t("invited", { email: result.data.email }), tone: "success" });
      reset({ organisation, email: "", role: input.role });
    } catch {
      setFormError(t("unreachable"));
    }
  }

  return (
    <div className="space-y-4">
      <form
        onSubmit={handleSubmit(onSubmit)}
        noValidate
        aria-label={t("inviteFormLabel")}
        className="space-y-3"
      >
        <input type="hidden" {...register("organisation")} />
        <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-end">
          <div>
            <label htmlFor="invite-email" className="block text-sm font-medium text-ink-800">
              {t("email")}
            </label>
            <input
              id="invite-email"
              type="email"
              autoComplete="off"
              inputMode="email"
              placeholder="name@example.hk"
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={errors.email ? "invite-email-error" : undefined}
              className={`mt-1 ${inputClassName}`}
              {...register("email")}
            />
          </div>
          <div>
            <label htmlFor="invite-role" className="block text-sm font-medium text-ink-800">
              {t("role")}
            </label>
            <select id="invite-role" className={`mt-1 ${inputClassName}`} {...register("role")}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" disabled={isPending}>
            {isPending ? t("inviting") : t("invite")}
          </Button>
        </div>
        {errors.email ? (
          <p id="invite-email-error" className="text-sm text-red-700">
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
