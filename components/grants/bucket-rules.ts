import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import type { FundingEvidenceRule, MilestoneCategory } from "@/lib/generated/prisma/enums";

type BucketRules = {
  evidenceRule: FundingEvidenceRule;
  requiresPreApproval: boolean;
  gatingMilestoneCategory: MilestoneCategory | null;
};

/** A next-intl translator of a namespace holding `rules.*` and `milestoneCategory.*` keys. */
type RulesTranslator = (key: string, values?: Record<string, string>) => string;

/**
 * What a bucket asks of a request, in one line for a founder ("Paid without proof of spend"),
 * in the interface language when a translator is given (keys `rules.proof`, `rules.noProof`,
 * `rules.preApproval`, `rules.gated`, `rules.separator`, `rules.category.<CATEGORY>`).
 */
export function describeBucketRules(bucket: BucketRules, t?: RulesTranslator): string {
  const words = t ?? englishRules;
  const parts = [words(bucket.evidenceRule === "PAYMENT_PROOF" ? "rules.proof" : "rules.noProof")];
  if (bucket.requiresPreApproval) parts.push(words("rules.preApproval"));
  if (bucket.gatingMilestoneCategory) {
    parts.push(
      words("rules.gated", {
        category: words(`rules.category.${bucket.gatingMilestoneCategory}`),
      }),
    );
  }
  return parts.join(words("rules.separator"));
}

const ENGLISH: Record<string, string> = {
  "rules.proof": "Reimbursed against invoices and receipts",
  "rules.noProof": "Paid without proof of spend",
  "rules.preApproval": "agree the spend with your programme officer first",
  "rules.separator": "; ",
};

function englishRules(key: string, values?: Record<string, string>): string {
  if (key.startsWith("rules.category.")) {
    const category = key.slice("rules.category.".length) as MilestoneCategory;
    return milestoneCategoryLabels[category].toLowerCase();
  }
  if (key === "rules.gated")
    return `released once a ${values?.category ?? ""} milestone is achieved`;
  return ENGLISH[key] ?? key;
}
