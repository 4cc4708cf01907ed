import type { Prisma } from "@/lib/generated/prisma/client";

/** What every view shows of a grant's bucket: name, cap and rules. */
export const bucketSelect = {
  id: true,
  code: true,
  name: true,
  nameZh: true,
  capCents: true,
  evidenceRule: true,
  requiresPreApproval: true,
  gatingMilestoneCategory: true,
} satisfies Prisma.GrantBucketSelect;

/** Buckets in the programme's order (the order of its settings), then by code. */
export const bucketOrder = [
  { programmeBucket: { position: "asc" } },
  { code: "asc" },
] satisfies Prisma.GrantBucketOrderByWithRelationInput[];

/** The amounts a totals computation needs from each tranche. */
export const trancheAmountSelect = {
  bucketId: true,
  status: true,
  amountCents: true,
} satisfies Prisma.DisbursementSelect;
