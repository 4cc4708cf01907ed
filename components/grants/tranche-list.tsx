import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatHkDate } from "@/lib/domain/dates";
import { formatHkd } from "@/lib/domain/money";
import type { DisbursementStatus, MilestoneStatus } from "@/lib/generated/prisma/enums";

export type TrancheListItem = {
  id: string;
  status: DisbursementStatus;
  amountCents: bigint;
  purpose: string;
  bucketName: string;
  requestedAt: Date;
  approvedAt: Date | null;
  financeApprovedAt: Date | null;
  paidAt: Date | null;
  rejectedAt: Date | null;
  requestedBy: { name: string };
  gatingMilestone: { title: string; status: MilestoneStatus } | null;
  _count: { attachments: number };
};

/** The latest step of a tranche, for a list ("Paid 24 Nov 2026"). */
function lastStep(tranche: TrancheListItem): string {
  if (tranche.paidAt) return `Paid ${formatHkDate(tranche.paidAt)}`;
  if (tranche.rejectedAt) return `Rejected ${formatHkDate(tranche.rejectedAt)}`;
  if (tranche.financeApprovedAt) return `Finance signed ${formatHkDate(tranche.financeApprovedAt)}`;
  if (tranche.approvedAt) return `Officer approved ${formatHkDate(tranche.approvedAt)}`;
  return `Requested ${formatHkDate(tranche.requestedAt)}`;
}

/** A grant's tranches as a list of rows that each open the tranche; works from 390 px up. */
export function TrancheList({
  organisation,
  tranches,
}: {
  organisation: string;
  tranches: TrancheListItem[];
}) {
  return (
    <ul className="divide-y divide-ink-100">
      {tranches.map((tranche) => (
        <li key={tranche.id}>
          <Link
            href={`/${organisation}/disbursements/${tranche.id}`}
            className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-ink-50/60 sm:px-5"
          >
            <div className="min-w-0 flex-1">
              <p className="font-medium text-ink-900">{tranche.purpose}</p>
              <p className="mt-0.5 text-xs text-ink-500">
                {tranche.bucketName} · {lastStep(tranche)} · requested by {tranche.requestedBy.name}
                {tranche._count.attachments > 0
                  ? ` · ${tranche._count.attachments} ${tranche._count.attachments === 1 ? "file" : "files"}`
                  : ""}
              </p>
              {tranche.gatingMilestone ? (
                <p className="mt-0.5 text-xs text-ink-500">
                  Milestone: {tranche.gatingMilestone.title}{" "}
                  <StatusBadge kind="milestone" status={tranche.gatingMilestone.status} />
                </p>
              ) : null}
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1">
              <span className="font-semibold text-ink-900 tabular-nums">
                {formatHkd(tranche.amountCents)}
              </span>
              <StatusBadge kind="disbursement" status={tranche.status} />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
