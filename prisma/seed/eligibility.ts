import type { Prisma } from "@/lib/generated/prisma/client";
import type { FocusArea } from "@/lib/generated/prisma/enums";

export type EligibilitySeed = {
  label: string;
  labelZh?: string;
  description?: string;
  rule?: Prisma.InputJsonObject;
};

const HONG_KONG_COMPANY: EligibilitySeed = {
  label: "Company incorporated in Hong Kong",
  labelZh: "於香港註冊成立的公司",
  description: "Checked against the answer to “Is the company incorporated in Hong Kong?”.",
  rule: { type: "yesNo", questionKey: "hk_company", expected: true },
};

const LIFE_SCIENCES: EligibilitySeed = {
  label: "Biotechnology or life-and-health technology is the core business",
  labelZh: "以生物科技或生命健康科技為核心業務",
};

const TEAM_IN_HONG_KONG: EligibilitySeed = {
  label: "At least two full-time founders or staff based in Hong Kong",
  description: "Self-declared; checked against the team list at screening.",
};

const NOT_DOUBLE_FUNDED: EligibilitySeed = {
  label: "Not receiving funding for the same project from another HKSTP incubation programme",
};

/** Incu-Bio: the baseline HKSTP criteria. */
export const INCU_BIO_ELIGIBILITY = [
  HONG_KONG_COMPANY,
  LIFE_SCIENCES,
  TEAM_IN_HONG_KONG,
  NOT_DOUBLE_FUNDED,
];

/** Co-incubation: the baseline plus the partner's focus areas. */
export function coIncubationEligibility(
  partnerName: string,
  focusAreas: FocusArea[],
): EligibilitySeed[] {
  return [
    LIFE_SCIENCES,
    {
      label: `Technology within ${partnerName}'s focus areas for this programme`,
      rule: { type: "anyOf", questionKey: "focus_areas", values: focusAreas },
    },
    {
      label:
        "Open to start-ups from Hong Kong and overseas; overseas start-ups set up a Hong Kong company on admission",
    },
    NOT_DOUBLE_FUNDED,
  ];
}

/** The CUHK seed programme. */
export const CUHK_SEED_ELIGIBILITY: EligibilitySeed[] = [
  HONG_KONG_COMPANY,
  {
    label: "A founder is CUHK faculty, staff, student or alumnus",
    labelZh: "創辦人為中大教職員、學生或校友",
  },
  {
    label: "Technology licensed from, or co-developed with, CUHK",
    description: "Checked against the answer to “University the technology comes from”.",
    rule: { type: "equals", questionKey: "university_origin", expected: "CUHK" },
  },
];
