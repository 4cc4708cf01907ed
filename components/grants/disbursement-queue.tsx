import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DisbursementActions } from "@/components/grants/disbursement-actions";
import { MilestoneStatusBadge, TrancheStatusBadge } from "@/components/grants/tranche-status-badge";
import { Badge } from "@/components/ui/badge";
import { getFormat } from "@/i18n/format";
import type { QueueItem } from "@/lib/data/grants/list-disbursement-queue";
import type { AvailableSteps } from "@/lib/domain/disbursement-steps";
import { localName } from "./local-name";

/**
 * One page of tranches, oldest request first: everything the signer checks (amount, purpose,
 * bucket and what is left in it, files, the gate, earlier signatures) and the actions they may
 * take, each behind a confirmation. Stacked rows, so a phone never scrolls sideways.
 */
export async function DisbursementQueue({
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
  const t = await getTranslations("disbursements");
  const f = await getFormat();
  return (
    <ul className="divide-y divide-ink-100">
      {items.map((item) => {
        const startup = item.grant.enrolment.startup;
        const programme = item.grant.enrolment.programme;
        const startupName = localName(f.locale, startup.name, startup.nameZh);
        const bucketName = localName(f.locale, item.bucket.name, item.bucket.nameZh);
        const signatures = [
          t("requestedBy", { date: f.date(item.requestedAt), name: item.requestedBy.name }),
          item.approvedBy && item.approvedAt
            ? t("approvedBy", { date: f.date(item.approvedAt), name: item.approvedBy.name })
            : null,
          item.financeApprovedBy && item.financeApprovedAt
            ? t("signedBy", {
                date: f.date(item.financeApprovedAt),
                name: item.financeApprovedBy.name,
              })
            : null,
        ].filter(Boolean);
        return (
          <li key={item.id} className="space-y-1.5 px-4 py-4 sm:px-5">
            <div className="flex items-start justify-between gap-3">
              <p className="min-w-0 font-medium text-ink-900">
                <Link
                  href={`/${organisation}/disbursements/${item.id}`}
                  className="hover:underline"
                >
                  {startupName}
                </Link>
                <span className="block text-sm font-normal text-ink-500 sm:ml-2 sm:inline">
                  {localName(f.locale, programme.name, programme.nameZh)}
                </span>
              </p>
              <p className="shrink-0 text-right text-lg font-semibold text-ink-900 tabular-nums">
                {f.money(item.amountCents)}
                <span className="block text-xs font-normal">
                  <TrancheStatusBadge status={item.status} />
                </span>
              </p>
            </div>
            <p className="text-sm text-ink-800">{item.purpose}</p>
            <div className="flex flex-wrap items-center gap-1.5 text-xs">
              <Badge tone="neutral">{bucketName}</Badge>
              {item.bucket.evidenceRule === "PAYMENT_PROOF" ? (
                item._count.attachments > 0 ? (
                  <Badge tone="success">{t("files", { count: item._count.attachments })}</Badge>
                ) : (
                  <Badge tone="danger">{t("noReceipt")}</Badge>
                )
              ) : (
                <Badge tone="muted">{t("noProofNeeded")}</Badge>
              )}
              {item.gatingMilestone ? (
                <span className="inline-flex flex-wrap items-center gap-1 text-ink-600">
                  {t("milestone", { title: item.gatingMilestone.title })}
                  <MilestoneStatusBadge status={item.gatingMilestone.status} />
                </span>
              ) : null}
            </div>
            <p className="text-xs text-ink-500">
              {signatures.join(" · ")}
              {" · "}
              <span className="whitespace-nowrap tabular-nums">
                {t("leftInBucket", {
                  amount: f.money(item.bucketRemainingCents),
                  bucket: bucketName,
                })}
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
                  startupName,
                  bucketName,
                  bucketRemainingCents: item.bucketRemainingCents,
                  approvedByName: item.approvedBy?.name ?? null,
                }}
              />
              <Link
                href={`/${organisation}/disbursements/${item.id}`}
                className="shrink-0 text-sm font-medium text-brand-700 hover:underline"
              >
                {t("details")}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
