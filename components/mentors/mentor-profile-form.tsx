"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ChoiceChips } from "@/components/cohort/choice-chips";
import { focusAreaOptions, languageOptions, topicOptions } from "@/components/cohort/choices";
import { describeActionError, UNREACHABLE_MESSAGE } from "@/components/members/action-error";
import { FormMessage } from "@/components/members/form-message";
import { inputClassName } from "@/components/members/input-class-name";
import { Button } from "@/components/ui/button";
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
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
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
    setMessage(null);
    try {
      const result = await executeAsync(input);
      if (!result.data) {
        return setMessage({ tone: "error", text: describeActionError(result) ?? "" });
      }
      setMessage({
        tone: "success",
        text: "Profile saved. Officers see it when they match start-ups.",
      });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: UNREACHABLE_MESSAGE });
    }
  }

  return (
    <form
      onSubmit={handleSubmit(onSubmit)}
      noValidate
      aria-label="Mentor profile"
      className="space-y-5"
    >
      <div>
        <label htmlFor="profile-headline" className="block text-sm font-medium text-ink-800">
          Headline
        </label>
        <input
          id="profile-headline"
          className={`mt-1 ${inputClassName}`}
          placeholder="e.g. Former head of CMC at a Suzhou biologics CDMO"
          {...register("headline")}
        />
        {errors.headline ? (
          <p className="mt-1 text-sm text-red-700">{errors.headline.message}</p>
        ) : null}
      </div>
      <div>
        <label htmlFor="profile-bio" className="block text-sm font-medium text-ink-800">
          About you
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
            legend="Expertise"
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
            legend="Therapeutic areas"
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
            legend="Languages you mentor in"
            options={languageOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className="max-w-xs">
        <label htmlFor="profile-capacity" className="block text-sm font-medium text-ink-800">
          Start-ups at once
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
          You mentor {load} now.
          {Number.isFinite(capacity) && capacity < load
            ? " Lowering below that ends nothing; you just get no new start-ups."
            : ""}
        </p>
        {errors.capacity ? (
          <p className="mt-1 text-sm text-red-700">{errors.capacity.message}</p>
        ) : null}
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
