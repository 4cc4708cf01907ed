import "server-only";
import { db } from "@/lib/db";
import type { CsvCell } from "@/lib/domain/csv";
import { centsToInput } from "@/lib/domain/disbursement-amount";
import { formatHkDate } from "@/lib/domain/dates";
import type { CsvExport } from "@/lib/exports/csv-route";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import { trancheQueueWhere, type QueueViewer } from "./list-disbursement-queue";
import type { TrancheQueueFilters } from "./tranche-queue-filters";

const STATUS_LABELS: Record<DisbursementStatus, string> = {
  REQUESTED: "Requested",
  APPROVED: "Officer approved",
  FINANCE_APPROVED: "Finance approved",
  PAID: "Paid",
  REJECTED: "Rejected",
};

const HEADER = [
  "Tranche",
  "Requested on",
  "Start-up",
  "Start-up (Chinese)",
  "Programme",
  "Bucket",
  "Amount (HKD)",
  "Status",
  "Purpose",
  "Requested by",
  "Approved by",
  "Approved on",
  "Finance signed by",
  "Finance signed on",
  "Paid on",
  "Payment reference",
] as const;

const date = (value: Date | null) => (value ? formatHkDate(value) : "");

/**
 * The tranche queue as finance reads it in a spreadsheet: every tranche matching the page's
 * filters (not just one page), oldest request first, one row each with only the columns below.
 */
export async function buildTrancheQueueExport(
  organisationId: string,
  filters: Pick<TrancheQueueFilters, "view" | "programmeId">,
  viewer: QueueViewer,
): Promise<CsvExport> {
  const tranches = await db.disbursement.findMany({
    where: trancheQueueWhere(organisationId, filters, viewer),
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      requestedAt: true,
      amountCents: true,
      status: true,
      purpose: true,
      approvedAt: true,
      financeApprovedAt: true,
      paidAt: true,
      paymentReference: true,
      requestedBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
      financeApprovedBy: { select: { name: true } },
      bucket: { select: { name: true } },
      grant: {
        select: {
          enrolment: {
            select: {
              startup: { select: { name: true, nameZh: true } },
              programme: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  const rows: CsvCell[][] = tranches.map((tranche) => [
    tranche.id,
    date(tranche.requestedAt),
    tranche.grant.enrolment.startup.name,
    tranche.grant.enrolment.startup.nameZh,
    tranche.grant.enrolment.programme.name,
    tranche.bucket.name,
    centsToInput(tranche.amountCents),
    STATUS_LABELS[tranche.status],
    tranche.purpose,
    tranche.requestedBy.name,
    tranche.approvedBy?.name,
    date(tranche.approvedAt),
    tranche.financeApprovedBy?.name,
    date(tranche.financeApprovedAt),
    date(tranche.paidAt),
    tranche.paymentReference,
  ]);
  return { fileName: `tranches-${filters.view.toLowerCase()}`, header: HEADER, rows };
}
