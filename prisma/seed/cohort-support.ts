import type { CoachingTopic } from "@/lib/generated/prisma/enums";
import type { SeedContext } from "./context";
import type { SeededEnrolment } from "./enrolments";
import type { Pathway } from "./startups";

// What each pathway's teams usually ask mentors for at intake.
const NEEDS_BY_PATHWAY: Record<Pathway, CoachingTopic[]> = {
  THERAPEUTIC: ["REGULATORY", "CLINICAL", "FUNDRAISING"],
  CELL_GENE: ["REGULATORY", "MANUFACTURING", "SCALE_UP"],
  DEVICE: ["REGULATORY", "COMMERCIALISATION", "MARKETING_STRATEGY"],
  DIAGNOSTIC: ["REGULATORY", "COMMERCIALISATION", "FUNDRAISING"],
  DIGITAL: ["COMMERCIALISATION", "MARKETING_STRATEGY", "FUNDRAISING"],
  TCM: ["REGULATORY", "CLINICAL", "MANUFACTURING"],
};

// Teams whose plan the officer wrote differently from the pathway's usual needs.
const NEEDS_BY_STARTUP: Partial<Record<string, CoachingTopic[]>> = {
  "pokfulam-cell": ["REGULATORY", "MANUFACTURING", "FUNDRAISING"],
  "junk-bay-phage": ["IP", "REGULATORY", "CLINICAL"],
  "harbourview-ai": ["COMMERCIALISATION", "FUNDRAISING", "IP"],
};

// Most teams work in English and Cantonese; a few were founded by mainland scientists.
const LANGUAGES_BY_STARTUP: Partial<Record<string, string[]>> = {
  "lingnan-herbal": ["cmn", "yue"],
  "lok-ma-chau-genomics": ["cmn", "en"],
  "pearl-river-gene": ["cmn", "en"],
  "jade-mrna": ["en", "cmn"],
};

/** The support plan on every enrolment: the needs mentor matching ranks expertise against. */
export async function seedCohortSupport(
  context: SeedContext,
  enrolments: SeededEnrolment[],
): Promise<void> {
  for (const { enrolment, team } of enrolments) {
    const slug = team.seed.slug;
    await context.db.enrolment.update({
      where: { id: enrolment.id },
      data: {
        supportNeeds: NEEDS_BY_STARTUP[slug] ?? NEEDS_BY_PATHWAY[team.seed.pathway],
        workingLanguages: LANGUAGES_BY_STARTUP[slug] ?? ["en", "yue"],
      },
    });
  }
}
