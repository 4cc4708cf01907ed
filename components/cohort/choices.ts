"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { coachingTopicLabels } from "@/lib/domain/coaching-labels";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { LANGUAGE_CHOICES } from "@/lib/domain/mentor-matching";
import type { CoachingTopic, FocusArea } from "@/lib/generated/prisma/enums";

const TOPICS = Object.keys(coachingTopicLabels) as CoachingTopic[];
const FOCUS_AREAS = Object.keys(focusAreaLabels) as FocusArea[];

/**
 * Options for the cohort forms' chip pickers, in the order people expect them, labelled in
 * the interface language.
 */
export function useChoiceOptions() {
  const t = useTranslations("coachingClient");
  return useMemo(
    () => ({
      topicOptions: TOPICS.map((value) => ({ value, label: t(`topic.${value}`) })),
      focusAreaOptions: FOCUS_AREAS.map((value) => ({ value, label: t(`focusArea.${value}`) })),
      languageOptions: LANGUAGE_CHOICES.map((value) => ({
        value: value as string,
        label: t(`language.${value}`),
      })),
    }),
    [t],
  );
}
