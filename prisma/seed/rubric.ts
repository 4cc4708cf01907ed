/** The published rubric of every seeded call; weights sum to 1. */
export const RUBRIC_CRITERIA = [
  {
    key: "scientific_merit",
    label: "Scientific merit",
    labelZh: "科學價值",
    weight: "0.3000",
    guidance:
      "Novelty, quality and reproducibility of the data; a credible path to the clinic or market.",
  },
  {
    key: "team",
    label: "Team",
    labelZh: "團隊",
    weight: "0.2000",
    guidance: "Relevant experience, full-time commitment, gaps the programme can fill.",
  },
  {
    key: "commercial_potential",
    label: "Commercial potential",
    labelZh: "商業潛力",
    weight: "0.2000",
    guidance:
      "Size of the unmet need, reimbursement, partnering and exit routes (including HKEX Chapter 18A).",
  },
  {
    key: "ip_position",
    label: "IP position",
    labelZh: "知識產權狀況",
    weight: "0.1500",
    guidance: "Ownership, filings, freedom to operate, university licence terms.",
  },
  {
    key: "programme_fit",
    label: "Fit with programme",
    labelZh: "與計劃的契合度",
    weight: "0.1500",
    guidance: "How well the start-up uses the programme's facilities, mentors and partners.",
  },
] as const;

export type RubricKey = (typeof RUBRIC_CRITERIA)[number]["key"];
