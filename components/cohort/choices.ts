import { coachingTopicLabels } from "@/lib/domain/coaching-labels";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { LANGUAGE_CHOICES, languageLabel } from "@/lib/domain/mentor-matching";
import type { CoachingTopic, FocusArea } from "@/lib/generated/prisma/enums";

/** Options for the cohort forms' chip pickers, in the order people expect them. */
export const topicOptions = (Object.keys(coachingTopicLabels) as CoachingTopic[]).map((value) => ({
  value,
  label: coachingTopicLabels[value],
}));

export const focusAreaOptions = (Object.keys(focusAreaLabels) as FocusArea[]).map((value) => ({
  value,
  label: focusAreaLabels[value],
}));

export const languageOptions = LANGUAGE_CHOICES.map((value) => ({
  value: value as string,
  label: languageLabel(value),
}));
