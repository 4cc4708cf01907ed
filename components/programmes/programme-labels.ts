import type { ProgrammeStatus } from "@/lib/generated/prisma/enums";
import type { BadgeTone } from "@/components/ui/badge";

export const programmeStatusStyles: Record<
  ProgrammeStatus,
  { label: string; tone: BadgeTone; hint: string }
> = {
  ACTIVE: { label: "Active", tone: "success", hint: "Its published calls are open to applicants." },
  DRAFT: {
    label: "Draft",
    tone: "muted",
    hint: "Being prepared: applicants cannot reach its calls yet.",
  },
  ARCHIVED: {
    label: "Archived",
    tone: "neutral",
    hint: "No new calls; its cohort and grants carry on.",
  },
};

/** Incu-Bio's published split of HK$6M, offered as a starting point for a new programme. */
export const INCU_BIO_BUCKET_PRESET = [
  {
    code: "SUBSIDY",
    name: "Financial subsidy",
    nameZh: "財務資助",
    cap: "640000",
    evidenceRule: "NONE",
    requiresPreApproval: false,
    gatingMilestoneCategory: "",
  },
  {
    code: "UPFRONT",
    name: "Upfront grant",
    nameZh: "預付資助",
    cap: "3360000",
    evidenceRule: "PAYMENT_PROOF",
    requiresPreApproval: true,
    gatingMilestoneCategory: "",
  },
  {
    code: "REGULATORY",
    name: "Regulatory-affairs funding",
    nameZh: "規管事務資助",
    cap: "2000000",
    evidenceRule: "PAYMENT_PROOF",
    requiresPreApproval: true,
    gatingMilestoneCategory: "REGULATORY",
  },
] as const;
