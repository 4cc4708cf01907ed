import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { closeOut, grantTotals } from "@/lib/domain/disbursement-totals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bucketOrder, bucketSelect } from "./bucket-select";

/** Whose view: the operator that awarded the grant, or the start-up holding it. */
export type GrantScope = { organisationId: string } | { startupId: string };

function whereScope(scope: GrantScope): Prisma.GrantWhereInput {
  return "organisationId" in scope
    ? { organisationId: scope.organisationId }
    : { enrolment: { startupId: scope.startupId } };
}

const grantDetailSelect = {
  id: true,
  status: true,
  approvedTotalCents: true,
  awardedAt: true,
  organisation: { select: { name: true, nameZh: true, slug: true } },
  enrolment: {
    select: {
      id: true,
      status: true,
      startsOn: true,
      endsOn: true,
      startup: { select: { name: true, nameZh: true, slug: true } },
      programme: { select: { id: true, name: true, nameZh: true, fundingCapCents: true } },
    },
  },
  buckets: { orderBy: bucketOrder, select: bucketSelect },
  disbursements: {
    orderBy: { requestedAt: "desc" },
    select: {
      id: true,
      bucketId: true,
      status: true,
      amountCents: true,
      purpose: true,
      requestedAt: true,
      approvedAt: true,
      financeApprovedAt: true,
      paidAt: true,
      rejectedAt: true,
      paymentReference: true,
      requestedBy: { select: { name: true } },
      gatingMilestone: { select: { title: true, status: true } },
      _count: { select: { attachments: true } },
    },
  },
} satisfies Prisma.GrantSelect;

type GrantRow = Prisma.GrantGetPayload<{ select: typeof grantDetailSelect }>;

function toGrantDetail(grant: GrantRow) {
  const { buckets, totals } = grantTotals(
    grant.approvedTotalCents,
    grant.buckets,
    grant.disbursements,
  );
  const bucketNames = new Map(buckets.map((bucket) => [bucket.id, bucket.name]));
  const isClosed = grant.status === "CLOSED";
  return {
    ...grant,
    buckets: isClosed
      ? buckets.map((bucket) => ({ ...bucket, totals: closeOut(bucket.totals) }))
      : buckets,
    totals: isClosed ? closeOut(totals) : totals,
    disbursements: grant.disbursements.map((tranche) => ({
      ...tranche,
      bucketName: bucketNames.get(tranche.bucketId) ?? "",
    })),
  };
}

export type GrantDetail = ReturnType<typeof toGrantDetail>;

/** One grant with its buckets' totals and every tranche, newest first; 404 outside the scope. */
export async function getGrantDetailOrNotFound(grantId: string, scope: GrantScope) {
  const grant = await db.grant.findFirst({
    where: { id: grantId, ...whereScope(scope) },
    select: grantDetailSelect,
  });
  if (!grant) notFound();
  return toGrantDetail(grant);
}

/** Every grant a start-up holds (from any operator), newest first, as getGrantDetailOrNotFound. */
export async function listStartupGrantDetails(startupId: string): Promise<GrantDetail[]> {
  const grants = await db.grant.findMany({
    where: whereScope({ startupId }),
    orderBy: { awardedAt: "desc" },
    select: grantDetailSelect,
  });
  return grants.map(toGrantDetail);
}
