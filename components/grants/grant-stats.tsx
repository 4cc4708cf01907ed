import { getTranslations } from "next-intl/server";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getFormat } from "@/i18n/format";
import type { MoneyTotals } from "@/lib/domain/disbursement-totals";

/** Money in a stat: smaller on a phone, where two stats share a row (long amounts smaller still). */
function Amount({ text }: { text: string }) {
  const phoneSize = text.length > 14 ? "text-sm" : "text-[0.9375rem]";
  return (
    <span className={`${phoneSize} whitespace-nowrap sm:text-xl lg:text-lg xl:text-xl`}>
      {text}
    </span>
  );
}

/** The four numbers of a grant (or a programme): awarded, paid, approved but unpaid, remaining. */
export async function GrantStats({
  totals,
  awardedHint,
}: {
  totals: MoneyTotals;
  awardedHint?: string;
}) {
  const t = await getTranslations("grants");
  const f = await getFormat();
  return (
    <StatGrid>
      <Stat
        label={t("stats.awarded")}
        value={<Amount text={f.moneyWhole(totals.capCents)} />}
        hint={awardedHint}
      />
      <Stat
        label={t("stats.paid")}
        value={<Amount text={f.moneyWhole(totals.paidCents)} />}
        tone="brand"
      />
      <Stat
        label={t("stats.approved")}
        value={<Amount text={f.moneyWhole(totals.approvedCents)} />}
        hint={
          totals.requestedCents > 0n
            ? t("stats.moreRequested", { amount: f.money(totals.requestedCents) })
            : t("stats.nothingRequested")
        }
      />
      <Stat
        label={t("stats.remaining")}
        value={<Amount text={f.moneyWhole(totals.remainingCents)} />}
        hint={
          totals.releasedCents > 0n
            ? t("stats.remainingReleased", { amount: f.moneyWhole(totals.releasedCents) })
            : t("stats.remainingHint")
        }
      />
    </StatGrid>
  );
}
