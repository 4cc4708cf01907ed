"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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
import { inviteExternalReviewer } from "@/lib/actions/reviews/invite-external-reviewer";
import {
  inviteExternalReviewerSchema,
  type InviteExternalReviewerInput,
} from "@/lib/schemas/reviews";

/**
 * Invites an expert from outside by name and email. The link is shown once, to send them:
 * they create an account from it and land on their (empty) review queue until assigned.
 */
export function InviteExternalReviewerForm({ organisation }: { organisation: string }) {
  const t = useTranslations("reviewsClient.invite");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedInvitation | null>(null);
  const { executeAsync, isPending } = useAction(inviteExternalReviewer);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<InviteExternalReviewerInput>({
    resolver: zodResolver(inviteExternalReviewerSchema),
    defaultValues: { organisation, name: "", email: "" },
  });

  async function onSubmit(input: InviteExternalReviewerInput) {
    setFormError(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) return setFormError(describeActionError(result));
      setIssued({
        email: result.data.email,
        role: "EXTERNAL_REVIEWER",
        expiresAt: result.data.expiresAt,
        link: `${window.location.origin}${result.data.path}`,
      });
      reset({ organisation, name: "", email: "" });
      router.refresh();
    } catch {
      setFormError(UNREACHABLE_MESSAGE);
    }
  }

  if (issued) return <InvitationLinkNotice invitation={issued} onDismiss={() => setIssued(null)} />;

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("formLabel")}
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label
            htmlFor="external-reviewer-name"
            className="block text-sm font-medium text-ink-800"
          >
            {t("name")}
          </label>
          <input
            id="external-reviewer-name"
            autoComplete="off"
            placeholder="Dr Winnie Cheung"
            aria-invalid={errors.name ? true : undefined}
            className={`mt-1 ${inputClassName}`}
            {...register("name")}
          />
          {errors.name ? <p className="mt-1 text-sm text-red-700">{errors.name.message}</p> : null}
        </div>
        <div>
          <label
            htmlFor="external-reviewer-email"
            className="block text-sm font-medium text-ink-800"
          >
            {t("email")}
          </label>
          <input
            id="external-reviewer-email"
            type="email"
            autoComplete="off"
            placeholder="winnie.cheung@university.edu.hk"
            aria-invalid={errors.email ? true : undefined}
            className={`mt-1 ${inputClassName}`}
            {...register("email")}
          />
          {errors.email ? (
            <p className="mt-1 text-sm text-red-700">{errors.email.message}</p>
          ) : null}
        </div>
      </div>
      <FormMessage>{formError}</FormMessage>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("inviting") : t("submit")}
      </Button>
    </form>
  );
}
