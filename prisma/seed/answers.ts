import type { Prisma } from "@/lib/generated/prisma/client";
import type { FocusArea } from "@/lib/generated/prisma/enums";
import type { ApplicationPlan } from "./application-plan";
import { DEVELOPMENT_STAGES, IP_STATUSES } from "./forms";
import type { StartupTeam } from "./people";
import { emailOf } from "./startups";

/** A file question's answer: the ids of the application's attachments (lib/domain/file-answers.ts). */
export type FileAnswer = string[];

type AnswerContext = {
  plan: ApplicationPlan;
  team: StartupTeam;
  programmeFocusAreas: FocusArea[];
  fundingCapCents: bigint;
  partnerName?: string;
  pitchDeck?: FileAnswer;
  ipSummary?: FileAnswer;
  /** A draft has only its first sections filled in. */
  isDraft: boolean;
};

/** A stable number from a string, for values that should look varied but never change. */
export function stableNumber(text: string, modulo: number): number {
  let hash = 7;
  for (const character of text) hash = (hash * 31 + character.charCodeAt(0)) % 1_000_003;
  return hash % modulo;
}

function developmentStage(pipelineStage: string): string {
  const exact = DEVELOPMENT_STAGES.find((stage) => stage === pipelineStage);
  if (exact) return exact;
  if (/pilot|validation|cadaver|verification/i.test(pipelineStage)) return "Clinical validation";
  if (/market/i.test(pipelineStage)) return "Market ready";
  return "Preclinical";
}

const HUMAN_DATA_STAGES = new Set(["Phase I", "Phase II", "Clinical validation", "Market ready"]);

/** The answers of one application, keyed by question key (see forms.ts for value shapes). */
export function buildAnswers(context: AnswerContext): Record<string, Prisma.InputJsonValue> {
  const { seed, founder, cofounder } = context.team;
  const stage = developmentStage(seed.pipelineStage);
  const hasHumanData = HUMAN_DATA_STAGES.has(stage);
  // Nam Cheong applied to the spring intake before setting up its Hong Kong company.
  const isHongKongCompany = !(seed.slug === "nam-cheong-hearing" && context.plan.call === "IB26");
  const focusAreas = seed.focusAreas.filter((area) => context.programmeFocusAreas.includes(area));

  const answers: Record<string, Prisma.InputJsonValue> = {
    company_name: `${seed.name} Limited`,
    hk_company: isHongKongCompany,
    incorporation_date: `${seed.foundedYear}-${String(1 + stableNumber(seed.slug, 12)).padStart(2, "0")}-${String(1 + stableNumber(seed.domain, 28)).padStart(2, "0")}`,
    university_origin: seed.universityOrigin,
    headcount: seed.headcount,
    focus_areas: focusAreas.length > 0 ? focusAreas : seed.focusAreas,
    lead_asset: seed.leadAsset,
    development_stage: stage,
  };
  if (isHongKongCompany)
    answers.br_number = String(70_000_000 + stableNumber(seed.slug, 9_999_999));
  if (context.isDraft) return answers;

  const requestedCents =
    (context.fundingCapCents * BigInt(80 + stableNumber(seed.slug, 21))) / 100n;
  Object.assign(answers, {
    technology_summary: `${seed.leadAsset}. ${seed.pipelineSummary} The programme would fund the work to the next value-inflection point and give the team access to Science Park facilities and mentors.`,
    has_clinical_data: hasHumanData,
    ip_status: IP_STATUSES[stableNumber(seed.slug, IP_STATUSES.length)]?.value ?? "PCT_FILED",
    team_members: [founder, cofounder].map((user, position) => ({
      name: user.name,
      role: position === 0 ? seed.founder.title : seed.cofounder.title,
      email:
        position === 0 ? emailOf(seed.founder, seed.domain) : emailOf(seed.cofounder, seed.domain),
      isFullTime: true,
    })),
    funding_requested: Number((requestedCents / 10_000_000n) * 10_000_000n),
    funding_raised: (5 + stableNumber(seed.domain, 60)) * 100_000_000,
    milestone_plan: milestonePlan(seed.pathway),
    programme_fit: `We need ${seed.focusAreas.includes("CELL_GENE_THERAPY") ? "GMP cell-processing capacity" : "regulatory and commercial mentoring"} and introductions to Hong Kong hospitals with NMPA-accredited trial sites.`,
  });
  if (hasHumanData) {
    answers.clinical_data_summary = `${seed.pipelineSummary} No serious adverse events attributed to the product so far.`;
  }
  if (context.partnerName) {
    answers.partner_collaboration = `Access to ${context.partnerName}'s translational scientists for target validation, and advice on trial design for Asian patient populations.`;
  }
  if (context.pitchDeck) answers.pitch_deck = context.pitchDeck;
  if (context.ipSummary) answers.ip_summary = context.ipSummary;
  return answers;
}

function milestonePlan(pathway: StartupTeam["seed"]["pathway"]): string {
  switch (pathway) {
    case "THERAPEUTIC":
    case "CELL_GENE":
      return "Year 1: GLP toxicology and pre-IND meeting. Year 2: IND filing (FDA and NMPA) and first patient dosed at a Hong Kong site. Year 3: Series A.";
    case "DEVICE":
      return "Year 1: design freeze and ISO 13485 certification. Year 2: clinical investigation and MDACS listing. Year 3: GBA urgent-clinical-use approval and Series A.";
    case "DIAGNOSTIC":
      return "Year 1: analytical validation. Year 2: prospective clinical validation and NMPA registration. Year 3: GBA hospital roll-out.";
    case "DIGITAL":
      return "Year 1: hospital pilot. Year 2: randomised evaluation and regulatory classification. Year 3: paying customers in Hong Kong and the GBA.";
    case "TCM":
      return "Year 1: Phase IIa with standardised extract. Year 2: proprietary Chinese medicine registration in Hong Kong. Year 3: GBA registration.";
  }
}
