import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { grantTotals } from "@/lib/domain/disbursement-totals";
import type { MilestoneCategory } from "@/lib/generated/prisma/enums";
import { bucketOrder, bucketSelect, trancheAmountSelect } from "./bucket-select";

export type RequestFormData = Awaited<ReturnType<typeof getRequestFormOrNotFound>>;

/**
 * What the start-up's tranche form offers: its grant's buckets with what is left in each, and
 * for gated buckets the enrolment's milestones of the gating category (any status but missed:
 * a tranche may be requested ahead of its milestone). 404 for a grant that is not its own.
 */
export async function getRequestFormOrNotFound(startupId: string, grantId: string) {
  const grant = await db.grant.findFirst({
    where: { id: grantId, enrolment: { startupId } },
    select: {
      id: true,
      status: true,
      approvedTotalCents: true,
      organisation: { select: { name: true } },
      enrolment: {
        select: {
          id: true,
          status: true,
          programme: { select: { name: true } },
          milestones: {
            where: { status: { not: "MISSED" } },
            orderBy: [{ dueOn: "asc" }, { position: "asc" }],
            select: { id: true, title: true, category: true, status: true, dueOn: true },
          },
        },
      },
      buckets: { orderBy: bucketOrder, select: bucketSelect },
      disbursements: { select: trancheAmountSelect },
    },
  });
  if (!grant) notFound();
  const { buckets, totals } = grantTotals(
    grant.approvedTotalCents,
    grant.buckets,
    grant.disbursements,
  );
  const gatingCategories = new Set<MilestoneCategory>(
    buckets.flatMap((bucket) =>
      bucket.gatingMilestoneCategory ? [bucket.gatingMilestoneCategory] : [],
    ),
  );
  return {
    id: grant.id,
    isOpen: grant.status === "ACTIVE" && grant.enrolment.status === "ACTIVE",
    operatorName: grant.organisation.name,
    programmeName: grant.enrolment.programme.name,
    totals,
    buckets,
    milestones: grant.enrolment.milestones.filter((milestone) =>
      gatingCategories.has(milestone.category),
    ),
  };
}
