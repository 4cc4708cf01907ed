import type { ActionItemOwnerSide, CoachingTopic } from "@/lib/generated/prisma/enums";
import { SPECIALIST_SESSION_NOTES } from "./coaching-notes-specialists";

export type SessionNote = {
  topics: CoachingTopic[];
  shared: string;
  private: string;
  rating: number;
  comment: string;
  actions: { description: string; owner: ActionItemOwnerSide; dueInDays: number }[];
};

export type NoteTemplate = (asset: string) => SessionNote;

// Notes by mentor (keys as in staff.ts); each assignment uses a different run of them,
// oldest session first. `asset` is the
// start-up's lead asset name, e.g. "PFL-201".
export const SESSION_NOTES: Record<string, NoteTemplate[]> = {
  mentor: [
    (asset) => ({
      topics: ["REGULATORY", "CLINICAL"],
      shared: `Reviewed the draft pre-IND briefing package for ${asset}. Agreed to move the dose rationale up front and add the exposure data from the mouse studies. Discussed whether to ask FDA about a combined Phase I/IIa design.`,
      private:
        "Scientifically strong; underestimates the CMC questions FDA will ask. CEO receptive to challenge.",
      rating: 4,
      comment: "On plan for the regulatory milestones.",
      actions: [
        {
          description: "Circulate the revised pre-IND briefing package",
          owner: "STARTUP",
          dueInDays: 10,
        },
        {
          description:
            "Introduce the team to a US regulatory consultant experienced in first-in-human filings",
          owner: "MENTOR",
          dueInDays: 14,
        },
      ],
    }),
    (asset) => ({
      topics: ["CLINICAL"],
      shared: `Walked through Phase I site options for ${asset}: Queen Mary Hospital and Prince of Wales Hospital (NMPA-accredited) versus a US site. Data from Hong Kong sites can support FDA, EMA and NMPA filings.`,
      private:
        "Founder leans towards a US site first for valuation reasons; I pushed back on cost and timelines.",
      rating: 3,
      comment: "Site strategy still open; needs a decision this quarter.",
      actions: [
        {
          description:
            "Ask the Queen Mary Hospital Clinical Trials Centre for a feasibility assessment",
          owner: "STARTUP",
          dueInDays: 21,
        },
        {
          description: "Draft the Phase I synopsis: dose escalation, stopping rules, endpoints",
          owner: "STARTUP",
          dueInDays: 28,
        },
      ],
    }),
    (asset) => ({
      topics: ["REGULATORY", "COMMERCIALISATION"],
      shared: `Debrief on the regulator's feedback for ${asset}: the planned toxicology package is adequate, but potency assay data on three lots is expected before filing. Updated the IND timeline.`,
      private:
        "On track; the potency assay is now the critical path. Worth watching the burn rate.",
      rating: 4,
      comment: "Good progress after the pre-IND meeting.",
      actions: [
        {
          description: "Qualify the potency assay on three engineering lots",
          owner: "STARTUP",
          dueInDays: 45,
        },
        {
          description: "Confirm regulatory-affairs funding for the potency assay work",
          owner: "OPERATOR",
          dueInDays: 14,
        },
      ],
    }),
    (asset) => ({
      topics: ["CLINICAL", "REGULATORY"],
      shared: `Reviewed the latest dose-escalation data for ${asset} with the safety review committee minutes. Discussed when to open an expansion cohort and how to keep the Queen Mary Hospital site recruiting over Chinese New Year.`,
      private: "Clinical operations are good; the medical monitor is stretched across two studies.",
      rating: 4,
      comment: "Clinical programme on track.",
      actions: [
        {
          description: "Send the draft expansion-cohort protocol amendment",
          owner: "STARTUP",
          dueInDays: 21,
        },
        {
          description:
            "Share a contact at the Prince of Wales Hospital Phase 1 Clinical Trial Centre",
          owner: "MENTOR",
          dueInDays: 10,
        },
      ],
    }),
    (asset) => ({
      topics: ["COMMERCIALISATION", "CLINICAL"],
      shared: `Target product profile workshop for ${asset}: minimum and ideal efficacy, dosing, and the comparator a pharma partner will benchmark against.`,
      private:
        "The profile was written for investors rather than partners; we reworked it together.",
      rating: 3,
      comment: "Positioning improving.",
      actions: [
        {
          description: "Circulate the revised target product profile",
          owner: "STARTUP",
          dueInDays: 14,
        },
      ],
    }),
    (asset) => ({
      topics: ["REGULATORY"],
      shared: `Sequencing FDA, EMA and NMPA filings for ${asset}. Trial data from Hong Kong is accepted by all three; the NMPA-accredited sites at Queen Mary and Prince of Wales hospitals keep the Mainland route open.`,
      private: "",
      rating: 4,
      comment: "Clear global regulatory plan.",
      actions: [
        {
          description: "Draft a one-page global regulatory strategy",
          owner: "STARTUP",
          dueInDays: 21,
        },
        {
          description: "Review the regulatory strategy before the board meeting",
          owner: "MENTOR",
          dueInDays: 28,
        },
      ],
    }),
  ],
  eir: [
    () => ({
      topics: ["FUNDRAISING"],
      shared:
        "Reviewed the Series A deck. Lead with the clinical plan and the Hong Kong trial-site advantage; move platform slides to the appendix. Built a target list of 25 investors, three with Chapter 18A experience.",
      private:
        "Valuation expectations are high for the stage; plan a frank conversation next time.",
      rating: 3,
      comment: "Fundraising preparation under way, story needs tightening.",
      actions: [
        {
          description: "Cut the deck to 15 slides and send it for review",
          owner: "STARTUP",
          dueInDays: 7,
        },
        {
          description: "Introduce two healthcare funds active in Hong Kong Series A rounds",
          owner: "MENTOR",
          dueInDays: 14,
        },
      ],
    }),
    () => ({
      topics: ["FUNDRAISING", "COMMERCIALISATION"],
      shared:
        "Mock investor pitch with two EIR colleagues. Answers on competition and cash runway were the weak spots.",
      private: "The CFO gap is real; recommend a part-time CFO before the round opens.",
      rating: 3,
      comment: "Needs a finance lead before investor meetings.",
      actions: [
        {
          description: "Build an 18-month cash runway model with two scenarios",
          owner: "STARTUP",
          dueInDays: 14,
        },
        { description: "Shortlist part-time CFO candidates", owner: "STARTUP", dueInDays: 30 },
      ],
    }),
    () => ({
      topics: ["MARKETING_STRATEGY"],
      shared:
        "Follow-up from the partnering meetings at BIO with the HKSTP delegation: one-page non-confidential summary, tiered follow-up list.",
      private: "Two term-sheet conversations are real; one is a tyre-kicker.",
      rating: 4,
      comment: "Strong momentum with investors.",
      actions: [
        {
          description: "Send follow-ups to the eight partnering meetings",
          owner: "STARTUP",
          dueInDays: 7,
        },
      ],
    }),
  ],
  cmcMentor: [
    (asset) => ({
      topics: ["MANUFACTURING", "SCALE_UP"],
      shared: `Tech-transfer plan for ${asset} into the GMP suite: gap analysis on raw materials, environmental monitoring and batch record templates.`,
      private: "The process is still too manual for a 20-patient Phase I.",
      rating: 3,
      comment: "CMC is the main risk to the timeline.",
      actions: [
        {
          description:
            "Replace research-grade reagents with GMP-grade equivalents and qualify suppliers",
          owner: "STARTUP",
          dueInDays: 30,
        },
        {
          description: "Share a batch record template from a previous programme",
          owner: "MENTOR",
          dueInDays: 7,
        },
      ],
    }),
    () => ({
      topics: ["MANUFACTURING", "REGULATORY"],
      shared:
        "Reviewed deviations from the first engineering run; two out-of-specification viability results traced to the thaw step.",
      private: "QA lead is excellent; the CEO should give her more authority.",
      rating: 4,
      comment: "Deviation handling mature for the stage.",
      actions: [
        {
          description: "Write a CAPA for the thaw-step deviation",
          owner: "STARTUP",
          dueInDays: 14,
        },
      ],
    }),
    () => ({
      topics: ["SCALE_UP"],
      shared:
        "Compared closed automated systems with the manual process in a Grade B cleanroom; modelled cost of goods at 10, 50 and 200 patients a year.",
      private: "",
      rating: 4,
      comment: "Scale-up thinking is ahead of plan.",
      actions: [
        {
          description: "Update the cost-of-goods model with the vendor quote",
          owner: "STARTUP",
          dueInDays: 21,
        },
      ],
    }),
  ],
  ...SPECIALIST_SESSION_NOTES,
};
