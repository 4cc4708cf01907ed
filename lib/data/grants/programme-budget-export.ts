import "server-only";
import { db } from "@/lib/db";
import { centsToInput } from "@/lib/domain/disbursement-amount";
import { toCsv, type CsvCell } from "@/lib/domain/csv";
import { formatHkDate, hongKongToday } from "@/lib/domain/dates";
import type { DisbursementStatus } from "@/lib/generated/prisma/enums";
import { getProgrammeBudget } from "./get-programme-budget";

export type ExportView = "grants" | "tranches";

const STATUS_LABELS: Record<DisbursementStatus, string> = {
  REQUESTED: "Requested",
  APPROVED: "Officer approved",
  FINANCE_APPROVED: "Finance approved",
  PAID: "Paid",
  REJECTED: "Rejected",
};

const money = (cents: bigint) => centsToInput(cents);
const date = (value: Date | null) => (value ? formatHkDate(value) : "");

/**
 * A programme's money as CSV for finance (UTF-8 with BOM, formula-safe cells, amounts as plain
 * HKD decimals): `grants` has one row per grant and bucket (cap, requested, approved, paid,
 * remaining); `tranches` one row per tranche with its signatures and payment. Null for a
 * programme outside the operator.
 */
export async function buildProgrammeBudgetExport(
  organisationId: string,
  programmeId: string,
  view: ExportView,
) {
  const budget = await getProgrammeBudget(organisationId, programmeId);
  if (!budget) return null;
  const stamp = hongKongToday().toISOString().slice(0, 10);
  const fileName = `${budget.programme.slug}-${view}-${stamp}.csv`;
  if (view === "grants") {
    const header = [
      "Programme",
      "Start-up",
      "Start-up (Chinese)",
      "Grant status",
      "Awarded on",
      "Grant total (HKD)",
      "Bucket",
      "Bucket code",
      "Evidence",
      "Bucket cap (HKD)",
      "Requested (HKD)",
      "Approved (HKD)",
      "Paid (HKD)",
      "Remaining (HKD)",
      "Released by a closed grant (HKD)",
    ];
    const rows: CsvCell[][] = budget.grants.flatMap((grant) =>
      grant.buckets.map((bucket) => [
        budget.programme.name,
        grant.enrolment.startup.name,
        grant.enrolment.startup.nameZh,
        grant.status === "ACTIVE" ? "Active" : "Closed",
        date(grant.awardedAt),
        money(grant.approvedTotalCents),
        bucket.name,
        bucket.code,
        bucket.evidenceRule === "PAYMENT_PROOF" ? "Proof of payment" : "None",
        money(bucket.totals.capCents),
        money(bucket.totals.requestedCents),
        money(bucket.totals.approvedCents),
        money(bucket.totals.paidCents),
        money(bucket.totals.remainingCents),
        money(bucket.totals.releasedCents),
      ]),
    );
    return {
      fileName,
      rowCount: rows.length,
      csv: toCsv(header, rows),
      programme: budget.programme,
    };
  }

  const tranches = await db.disbursement.findMany({
    where: { organisationId, grant: { enrolment: { programmeId } } },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      amountCents: true,
      purpose: true,
      requestedAt: true,
      approvedAt: true,
      financeApprovedAt: true,
      paidAt: true,
      rejectedAt: true,
      paymentReference: true,
      rejectionReason: true,
      requestedBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
      financeApprovedBy: { select: { name: true } },
      rejectedBy: { select: { name: true } },
      bucket: { select: { name: true, code: true } },
      gatingMilestone: { select: { title: true } },
      grant: { select: { enrolment: { select: { startup: { select: { name: true } } } } } },
    },
  });
  const header = [
    "Tranche ID",
    "Start-up",
    "Bucket",
    "Amount (HKD)",
    "Status",
    "Purpose",
    "Gating milestone",
    "Requested on",
    "Requested by",
    "Officer approval on",
    "Officer",
    "Finance approval on",
    "Finance approver",
    "Paid on",
    "Payment reference",
    "Rejected on",
    "Rejected by",
    "Rejection reason",
  ];
  const rows: CsvCell[][] = tranches.map((tranche) => [
    tranche.id,
    tranche.grant.enrolment.startup.name,
    tranche.bucket.name,
    money(tranche.amountCents),
    STATUS_LABELS[tranche.status],
    tranche.purpose,
    tranche.gatingMilestone?.title,
    date(tranche.requestedAt),
    tranche.requestedBy.name,
    date(tranche.approvedAt),
    tranche.approvedBy?.name,
    date(tranche.financeApprovedAt),
    tranche.financeApprovedBy?.name,
    date(tranche.paidAt),
    tranche.paymentReference,
    date(tranche.rejectedAt),
    tranche.rejectedBy?.name,
    tranche.rejectionReason,
  ]);
  return { fileName, rowCount: rows.length, csv: toCsv(header, rows), programme: budget.programme };
}
