"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import {
  InvitationLinkNotice,
  type IssuedInvitation,
} from "@/components/members/invitation-link-notice";
import { Button } from "@/components/ui/button";
import { inviteCoFounder } from "@/lib/actions/startups/invite-co-founder";
import { inviteStartupMemberSchema, type InviteStartupMemberInput } from "@/lib/schemas/members";

/** An email address; on success shows the one-time link to send to the co-founder. */
export function InviteCoFounderForm({ organisation }: { organisation: string }) {
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
      reset({ organisation, email: "" });
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  return (
    <div className="space-y-4">
      <form
        onSubmit={handleSubmit(onSubmit)}
        noValidate
        aria-label="Invite a co-founder"
        className="space-y-3"
      >
        <input type="hidden" {...register("organisation")} />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1">
            <label htmlFor="co-founder-email" className="block text-sm font-medium text-ink-800">
              Their email
            </label>
            <input
              id="co-founder-email"
              type="email"
              autoComplete="off"
              inputMode="email"
              placeholder="name@yourstartup.hk"
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={errors.email ? "co-founder-email-error" : undefined}
              className={`mt-1 ${inputClassName}`}
              {...register("email")}
            />
          </div>
          <Button type="submit" disabled={isPending}>
            {isPending ? "Inviting…" : "Invite"}
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
