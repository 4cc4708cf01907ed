import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MilestoneStatusBadge, TrancheStatusBadge } from "@/components/grants/tranche-status-badge";
import { getFormat, type Format } from "@/i18n/format";
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
function lastStep(
  tranche: TrancheListItem,
  t: Awaited<ReturnType<typeof getTranslations<"grants">>>,
  f: Format,
): string {
  if (tranche.paidAt) return t("lastStep.paid", { date: f.date(tranche.paidAt) });
  if (tranche.rejectedAt) return t("lastStep.rejected", { date: f.date(tranche.rejectedAt) });
  if (tranche.financeApprovedAt)
    return t("lastStep.signed", { date: f.date(tranche.financeApprovedAt) });
  if (tranche.approvedAt) return t("lastStep.approved", { date: f.date(tranche.approvedAt) });
  return t("lastStep.requested", { date: f.date(tranche.requestedAt) });
}

/** A grant's tranches as a list of rows that each open the tranche; works from 390 px up. */
export async function TrancheList({
  organisation,
  tranches,
}: {
  organisation: string;
  tranches: TrancheListItem[];
}) {
  const t = await getTranslations("grants");
  const f = await getFormat();
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
                {tranche.bucketName} · {lastStep(tranche, t, f)} ·{" "}
                {t("requestedBy", { name: tranche.requestedBy.name })}
                {tranche._count.attachments > 0
                  ? ` · ${t("files", { count: tranche._count.attachments })}`
                  : ""}
              </p>
              {tranche.gatingMilestone ? (
                <p className="mt-0.5 text-xs text-ink-500">
                  {t("milestone", { title: tranche.gatingMilestone.title })}{" "}
                  <MilestoneStatusBadge status={tranche.gatingMilestone.status} />
                </p>
              ) : null}
            </div>
            <div className="flex shrink-0 flex-col items-end gap-1">
              <span className="font-semibold text-ink-900 tabular-nums">
                {f.money(tranche.amountCents)}
              </span>
              <TrancheStatusBadge status={tranche.status} />
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
