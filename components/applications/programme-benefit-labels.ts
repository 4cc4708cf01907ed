import type { ProgrammeBenefit } from "@/lib/generated/prisma/enums";

/** How a programme's benefits read on its public call page. */
export const programmeBenefitLabels: Record<ProgrammeBenefit, string> = {
  MENTORING: "Biotech mentoring",
  BUSINESS_MATCHING: "Business matching",
  ENTREPRENEUR_IN_RESIDENCE: "Entrepreneur-in-residence",
  RD_FACILITY_ACCESS: "R&D facility access",
  FUNDING: "Funding",
  INVESTOR_ACCESS: "Investor access",
};
