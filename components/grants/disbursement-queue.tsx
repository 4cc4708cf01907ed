import Link from "next/link";
import { DisbursementActions } from "@/components/grants/disbursement-actions";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import type { QueueItem } from "@/lib/data/grants/list-disbursement-queue";
import { formatHkDate } from "@/lib/domain/dates";
import type { AvailableSteps } from "@/lib/domain/disbursement-steps";
import { formatHkd } from "@/lib/domain/money";

/**
 * Tranches waiting for a signature or a payment, oldest first: everything the signer checks
 * (amount, purpose, bucket and what is left in it, files, the gate, earlier signatures) and
 * the actions they may take, each behind a confirmation.
 */
export function DisbursementQueue({
  organisation,
  items,
  stepsFor,
  todayHk,
}: {
  organisation: string;
  items: QueueItem[];
  stepsFor: (item: QueueItem) => AvailableSteps;
  todayHk: string;
}) {
  return (
    <ul className="divide-y divide-ink-100">
      {items.map((item) => {
        const startup = item.grant.enrolment.startup;
        return (
          <li key={item.id} className="space-y-1.5 px-4 py-4 sm:px-5">
            <div className="flex items-start justify-between gap-3">
              <p className="min-w-0 font-medium text-ink-900">
                <Link
                  href={`/${organisation}/disbursements/${item.id}`}
                  className="hover:underline"
                >
                  {startup.name}
                </Link>
                <span className="block text-sm font-normal text-ink-500 sm:ml-2 sm:inline">
                  {item.grant.enrolment.programme.name}
                </span>
              </p>
              <p className="shrink-0 text-lg font-semibold text-ink-900 tabular-nums">
                {formatHkd(item.amountCents)}
              </p>
            </div>
            <p className="text-sm text-ink-800">{item.purpose}</p>
            <div className="flex flex-wrap items-center gap-1.5 text-xs">
              <Badge tone="neutral">{item.bucket.name}</Badge>
              {item.bucket.evidenceRule === "PAYMENT_PROOF" ? (
                item._count.attachments > 0 ? (
                  <Badge tone="success">
                    {item._count.attachments} {item._count.attachments === 1 ? "file" : "files"}
                  </Badge>
                ) : (
                  <Badge tone="danger">No receipt yet</Badge>
                )
              ) : (
                <Badge tone="muted">No proof needed</Badge>
              )}
              {item.gatingMilestone ? (
                <span className="inline-flex flex-wrap items-center gap-1 text-ink-600">
                  Milestone: {item.gatingMilestone.title}
                  <StatusBadge kind="milestone" status={item.gatingMilestone.status} />
                </span>
              ) : null}
            </div>
            <p className="text-xs text-ink-500">
              Requested {formatHkDate(item.requestedAt)} by {item.requestedBy.name}
              {item.approvedBy && item.approvedAt
                ? ` · approved ${formatHkDate(item.approvedAt)} by ${item.approvedBy.name}`
                : ""}
              {item.financeApprovedBy && item.financeApprovedAt
                ? ` · signed ${formatHkDate(item.financeApprovedAt)} by ${item.financeApprovedBy.name}`
                : ""}
              {" · "}
              <span className="whitespace-nowrap tabular-nums">
                {formatHkd(item.bucketRemainingCents)} left in {item.bucket.name}
              </span>
            </p>
            <div className="flex flex-col gap-x-4 gap-y-2 pt-1.5 sm:flex-row sm:items-start sm:justify-between">
              <DisbursementActions
                organisation={organisation}
                isCompact
                todayHk={todayHk}
                steps={stepsFor(item)}
                tranche={{
                  id: item.id,
                  version: item.version,
                  amountCents: item.amountCents,
                  purpose: item.purpose,
                  startupName: startup.name,
                  bucketName: item.bucket.name,
                  bucketRemainingCents: item.bucketRemainingCents,
                  approvedByName: item.approvedBy?.name ?? null,
                }}
              />
              <Link
                href={`/${organisation}/disbursements/${item.id}`}
                className="shrink-0 text-sm font-medium text-brand-700 hover:underline"
              >
                Details and receipts
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
