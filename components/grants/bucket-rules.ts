import { milestoneCategoryLabels } from "@/lib/domain/milestone-categories";
import type { FundingEvidenceRule, MilestoneCategory } from "@/lib/generated/prisma/enums";

type BucketRules = {
  evidenceRule: FundingEvidenceRule;
  requiresPreApproval: boolean;
  gatingMilestoneCategory: MilestoneCategory | null;
};

/** What a bucket asks of a request, in one line for a founder ("Paid without proof of spend"). */
export function describeBucketRules(bucket: BucketRules): string {
  const parts = [
    bucket.evidenceRule === "PAYMENT_PROOF"
      ? "Reimbursed against invoices and receipts"
      : "Paid without proof of spend",
  ];
  if (bucket.requiresPreApproval) parts.push("agree the spend with your programme officer first");
  if (bucket.gatingMilestoneCategory) {
    parts.push(
      `released once a ${milestoneCategoryLabels[bucket.gatingMilestoneCategory].toLowerCase()} milestone is achieved`,
    );
  }
  return parts.join("; ");
}
