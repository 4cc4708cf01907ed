import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localName } from "@/components/homes/officer-local-name";
import { getFormat } from "@/i18n/format";
import type { FinanceApproverHomeData } from "@/lib/data/homes/finance-approver-home";

type AwaitingTranche = FinanceApproverHomeData["queue"]["items"][number];

const DAY_MS = 86_400_000;

/**
 * Officer-approved tranches waiting for finance, oldest first: start-up, programme, amount and
 * how long each has waited since the first signature. Stacked rows, so a phone never scrolls
 * sideways.
 */
export async function AwaitingSignatureTable({
  tranches,
  organisationSlug,
  now,
}: {
  tranches: AwaitingTranche[];
  organisationSlug: string;
  now: Date;
}) {
  const t = await getTranslations("financeHome");
  const f = await getFormat();
  return (
    <ul className="divide-y divide-ink-100" aria-label={t("queue.title")}>
      {tranches.map((item) => {
        const { startup, programme } = item.grant.enrolment;
        const since = item.approvedAt ?? item.requestedAt;
        const days = Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
        return (
          <li
            key={item.id}
            className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1 px-4 py-2.5 sm:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_auto_auto] sm:items-center sm:px-5"
          >
            <div className="min-w-0">
              <Link
                href={`/${organisationSlug}/disbursements/${item.id}`}
                className="font-medium text-ink-900 hover:text-brand-700 hover:underline"
              >
                {localName(f.locale, startup.name, startup.nameZh)}
              </Link>
              <p className="text-xs text-ink-600">{item.purpose}</p>
            </div>
            <p className="order-last col-span-2 text-xs text-ink-500 sm:order-none sm:col-span-1">
              {localName(f.locale, programme.name, programme.nameZh)} ·{" "}
              {localName(f.locale, item.bucket.name, item.bucket.nameZh)}
              {item.approvedAt ? (
                <span className="block">
                  {t("queue.approvedBy", {
                    date: f.date(item.approvedAt),
                    name: item.approvedBy?.name ?? "—",
                  })}
                </span>
              ) : null}
            </p>
            <span className="text-right font-medium whitespace-nowrap text-ink-900 tabular-nums">
              {f.money(item.amountCents)}
            </span>
            <span
              className={`hidden text-right text-xs whitespace-nowrap sm:block ${days >= 7 ? "font-medium text-amber-700" : "text-ink-500"}`}
            >
              {t("queue.ageDays", { days })}
            </span>
            <span
              className={`col-span-2 text-xs sm:hidden ${days >= 7 ? "font-medium text-amber-700" : "text-ink-500"}`}
            >
              {t("queue.age")}: {t("queue.ageDays", { days })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
