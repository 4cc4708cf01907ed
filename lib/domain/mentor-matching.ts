import { coachingTopicLabels } from "@/lib/domain/coaching-labels";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import type { CoachingTopic, FocusArea } from "@/lib/generated/prisma/enums";

/** Languages mentors and teams work in, as BCP 47 tags (MentorProfile.languages). */
export const LANGUAGE_LABELS: Record<string, string> = {
  en: "English",
  yue: "Cantonese",
  cmn: "Mandarin",
  ja: "Japanese",
  ko: "Korean",
  de: "German",
  fr: "French",
};

/** The tags offered in forms, most common in Hong Kong first. */
export const LANGUAGE_CHOICES = ["en", "yue", "cmn", "ja", "ko", "de", "fr"] as const;

/** "Cantonese" for "yue"; an unknown tag is shown as it is. */
export function languageLabel(tag: string): string {
  return LANGUAGE_LABELS[tag] ?? tag;
}

/** What the start-up needs: topics, therapeutic areas, working languages. */
export type MatchingNeeds = {
  needs: readonly CoachingTopic[];
  focusAreas: readonly FocusArea[];
  languages: readonly string[];
};

/** A mentor in the operator's pool, with how many start-ups they mentor right now. */
export type MentorCandidate = {
  userId: string;
  name: string;
  expertise: readonly CoachingTopic[];
  therapeuticAreas: readonly FocusArea[];
  languages: readonly string[];
  capacity: number;
  activeLoad: number;
};

export type MentorSuggestion<C extends MentorCandidate = MentorCandidate> = {
  mentor: C;
  /** 0–100: expertise 50, therapeutic area 25, language 15, free places 10. */
  score: number;
  matchedNeeds: CoachingTopic[];
  sharedFocusAreas: FocusArea[];
  sharedLanguages: string[];
  freePlaces: number;
  isFull: boolean;
  /** Why, in words: "Regulatory + Manufacturing expertise matches 2 of 3 needs", … */
  reasons: string[];
};

const WEIGHTS = { expertise: 50, therapeutic: 25, language: 15, availability: 10 } as const;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const listOf = (labels: string[]) =>
  labels.length <= 1
    ? (labels[0] ?? "")
    : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;

/** Scores one mentor against the start-up's needs and says why. */
export function scoreMentor<C extends MentorCandidate>(
  startup: MatchingNeeds,
  mentor: C,
): MentorSuggestion<C> {
  const needs = [...new Set(startup.needs)];
  const matchedNeeds = needs.filter((need) => mentor.expertise.includes(need));
  const focusAreas = [...new Set(startup.focusAreas)];
  const sharedFocusAreas = focusAreas.filter((area) => mentor.therapeuticAreas.includes(area));
  const languages = [...new Set(startup.languages)];
  const sharedLanguages = languages.filter((language) => mentor.languages.includes(language));
  const capacity = Math.max(0, mentor.capacity);
  const freePlaces = Math.max(0, capacity - mentor.activeLoad);
  const isFull = freePlaces === 0;

  const fraction = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const score = Math.round(
    WEIGHTS.expertise * fraction(matchedNeeds.length, needs.length) +
      WEIGHTS.therapeutic * fraction(sharedFocusAreas.length, focusAreas.length) +
      WEIGHTS.language * (sharedLanguages.length > 0 ? 1 : 0) +
      WEIGHTS.availability * fraction(freePlaces, capacity),
  );

  const reasons: string[] = [];
  if (needs.length === 0) {
    reasons.push("No support needs recorded for this start-up yet");
  } else if (matchedNeeds.length > 0) {
    reasons.push(
      `${matchedNeeds.map((need) => coachingTopicLabels[need]).join(" + ")} expertise matches ${matchedNeeds.length} of ${plural(needs.length, "need")}`,
    );
  } else {
    reasons.push(`Expertise matches none of the ${plural(needs.length, "need")}`);
  }
  if (sharedFocusAreas.length > 0) {
    reasons.push(`Works in ${listOf(sharedFocusAreas.map((area) => focusAreaLabels[area]))}`);
  } else if (focusAreas.length > 0) {
    reasons.push(
      `No experience listed in ${listOf(focusAreas.map((area) => focusAreaLabels[area]))}`,
    );
  }
  if (sharedLanguages.length > 0) {
    reasons.push(`Speaks ${listOf(sharedLanguages.map(languageLabel))}`);
  } else if (languages.length > 0) {
    reasons.push(`Shares no working language with the team`);
  }
  reasons.push(
    isFull
      ? `Full: ${mentor.activeLoad} of ${plural(capacity, "place")} used`
      : `${mentor.activeLoad} of ${plural(capacity, "place")} used`,
  );

  return {
    mentor,
    score,
    matchedNeeds,
    sharedFocusAreas,
    sharedLanguages,
    freePlaces,
    isFull,
    reasons,
  };
}

/**
 * Ranks the pool for one start-up: mentors with a free place first, then by score, then by
 * free places, then by name — so the order is stable and a full mentor never tops the list.
 */
export function rankMentors<C extends MentorCandidate>(
  startup: MatchingNeeds,
  candidates: readonly C[],
): MentorSuggestion<C>[] {
  return candidates
    .map((mentor) => scoreMentor(startup, mentor))
    .sort(
      (a, b) =>
        Number(a.isFull) - Number(b.isFull) ||
        b.score - a.score ||
        b.freePlaces - a.freePlaces ||
        a.mentor.name.localeCompare(b.mentor.name, "en"),
    );
}
