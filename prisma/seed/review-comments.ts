import type { ReviewRecommendation } from "@/lib/generated/prisma/enums";
import type { RubricKey } from "./rubric";

type Band = "high" | "middle" | "low";

const COMMENTS: Record<RubricKey, Record<Band, string>> = {
  scientific_merit: {
    high: "Convincing data package with independent replication; the mechanism is well understood.",
    middle: "Promising data, but the key efficacy study is single-site and not yet replicated.",
    low: "Efficacy claims rest on one small experiment; controls are missing.",
  },
  team: {
    high: "Experienced founders with prior drug or device development; full-time and complementary.",
    middle:
      "Strong science; the team lacks regulatory and commercial experience, which mentoring can cover.",
    low: "Founders are part-time and the CEO role is unfilled.",
  },
  commercial_potential: {
    high: "Large unmet need in Asia with clear partnering interest; plausible Chapter 18A route.",
    middle:
      "Reasonable market, but reimbursement and pricing in Hong Kong and the GBA are unclear.",
    low: "Crowded market and no differentiation argued against existing products.",
  },
  ip_position: {
    high: "PCT filed with broad composition-of-matter claims; exclusive university licence in place.",
    middle: "Provisional filing only; freedom-to-operate analysis still to be done.",
    low: "No filings; key know-how sits with a university lab that has not agreed a licence.",
  },
  programme_fit: {
    high: "Needs exactly what the programme offers: GMP facilities, regulatory mentoring and partner access.",
    middle: "Would benefit from mentoring; facility needs are modest.",
    low: "Little use for the programme's facilities or partner network at this stage.",
  },
};

/** A reviewer's comment on one criterion for a given score. */
export function criterionComment(key: RubricKey, score: number): string {
  const band: Band = score >= 4 ? "high" : score === 3 ? "middle" : "low";
  return COMMENTS[key][band];
}

/** The recommendation a weighted mean score (1–5) implies. */
export function recommendationFor(weightedMean: number): ReviewRecommendation {
  if (weightedMean >= 4.2) return "STRONGLY_SUPPORT";
  if (weightedMean >= 3.5) return "SUPPORT";
  if (weightedMean >= 2.8) return "NEUTRAL";
  return "DO_NOT_SUPPORT";
}

const OVERALL: Record<ReviewRecommendation, string> = {
  STRONGLY_SUPPORT: "One of the strongest applications this round; admit.",
  SUPPORT: "Fundable. Ask the team to strengthen the regulatory plan during the first six months.",
  NEUTRAL: "Interesting but early. Would reconsider after the next data read-out.",
  DO_NOT_SUPPORT: "Not ready for the programme; encourage a resubmission with a clinical partner.",
};

/** The reviewer's overall comment for a recommendation. */
export function overallComment(recommendation: ReviewRecommendation): string {
  return OVERALL[recommendation];
}
