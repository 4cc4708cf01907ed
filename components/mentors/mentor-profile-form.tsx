"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { useChoiceOptions } from "@/components/cohort/choices";
import { describeActionError } from "@/components/members/action-error";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { updateMentorProfile } from "@/lib/actions/mentors/update-mentor-profile";
import type { CoachingTopic, FocusArea } from "@/lib/generated/prisma/enums";
import { updateMentorProfileSchema, type UpdateMentorProfileInput } from "@/lib/schemas/cohort";

/** The mentor's own profile: what officers match start-ups against. */
export function MentorProfileForm({
  organisation,
  profile,
  load,
}: {
  organisation: string;
  profile: {
    headline: string | null;
    bio: string | null;
    expertise: CoachingTopic[];
    therapeuticAreas: FocusArea[];
    languages: string[];
    capacity: number;
  } | null;
  load: number;
}) {
  const t = useTranslations("mentorsClient");
  const toast = useToast();
  const { topicOptions, focusAreaOptions, languageOptions } = useChoiceOptions();
  const router = useRouter();
  const { executeAsync, isPending } = useAction(updateMentorProfile);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<UpdateMentorProfileInput>({
    resolver: zodResolver(updateMentorProfileSchema, undefined, { raw: true }),
    defaultValues: {
      organisation,
      headline: profile?.headline ?? "",
      bio: profile?.bio ?? "",
      expertise: profile?.expertise ?? [],
      therapeuticAreas: profile?.therapeuticAreas ?? [],
      languages: profile?.languages ?? ["en"],
      capacity: profile?.capacity ?? 3,
    },
  });
  const capacity = Number(useWatch({ control, name: "capacity" }));

  async function onSubmit(input: UpdateMentorProfileInput) {
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        toast({
          title: t("profile.failed"),
          description: describeActionError(result) ?? "",
          tone: "error",
        });
        return;
      }
      toast({ title: t("profile.saved"), tone: "success" });
      router.refresh();
    } catch {
      toast({ title: t("profile.failed"), description: t("unreachable"), tone: "error" });
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label={t("profile.label")}
      className="space-y-5"
    >
      <div>
        <label htmlFor="profile-headline" className="block text-sm font-medium text-ink-800">
          {t("profile.headline")}
        </label>
        <input
          id="profile-headline"
          className={`mt-1 ${inputClassName}`}
          placeholder={t("profile.headlinePlaceholder")}
          {...register("headline")}
        />
        {errors.headline ? (
          <p className="mt-1 text-sm text-red-700">{errors.headline.message}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="profile-bio" className="block text-sm font-medium text-ink-800">
          {t("profile.bio")}
        </label>
        <textarea
          id="profile-bio"
          rows={3}
          className="mt-1 block w-full rounded-md border border-ink-300 px-3 py-2 text-sm shadow-xs focus:border-brand-600 focus:ring-2 focus:ring-brand-600/20 focus:outline-none"
          {...register("bio")}
        />
      </div>
      <Controller
        control={control}
        name="expertise"
        render={({ field, fieldState }) => (
          <ChoiceChips
            idPrefix="profile-expertise"
            legend={t("profile.expertise")}
            options={topicOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="therapeuticAreas"
        render={({ field, fieldState }) => (
          <ChoiceChips
            idPrefix="profile-areas"
            legend={t("profile.areas")}
            options={focusAreaOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="languages"
        render={({ field, fieldState }) => (
          <ChoiceChips
            idPrefix="profile-languages"
            legend={t("profile.languages")}
            options={languageOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className="max-w-xs">
        <label htmlFor="profile-capacity" className="block text-sm font-medium text-ink-800">
          {t("profile.capacity")}
        </label>
        <input
          id="profile-capacity"
          type="number"
          inputMode="numeric"
          min={0}
          max={12}
          className={`mt-1 ${inputClassName}`}
          {...register("capacity")}
        />
        <p className="mt-1 text-xs text-ink-500">
          {t("profile.load", { count: load })}
          {Number.isFinite(capacity) && capacity < load ? ` ${t("profile.lowering")}` : ""}
        </p>
        {errors.capacity ? (
          <p className="mt-1 text-sm text-red-700">{errors.capacity.message}</p>
        ) : null}
      </div>
      <Button type="submit" disabled={isPending}>
        {isPending ? t("saving") : t("profile.save")}
      </Button>
    </form>
  );
}
