import { Stat, StatGrid } from "@/components/ui/stat";
import type { MoneyTotals } from "@/lib/domain/disbursement-totals";
import { formatHkd } from "@/lib/domain/money";

/** Money in a stat: smaller on a phone, where two stats share a row (long amounts smaller still). */
function Amount({ cents }: { cents: bigint }) {
  const text = formatHkd(cents, { omitZeroCents: true });
  const phoneSize = text.length > 14 ? "text-sm" : "text-[0.9375rem]";
  return (
    <span className={`${phoneSize} whitespace-nowrap sm:text-xl lg:text-lg xl:text-xl`}>
      {text}
    </span>
  );
}

/** The four numbers of a grant (or a programme): awarded, paid, approved but unpaid, remaining. */
export function GrantStats({ totals, awardedHint }: { totals: MoneyTotals; awardedHint?: string }) {
  return (
    <StatGrid>
      <Stat label="Awarded" value={<Amount cents={totals.capCents} />} hint={awardedHint} />
      <Stat label="Paid" value={<Amount cents={totals.paidCents} />} tone="brand" />
      <Stat
        label="Approved, not yet paid"
        value={<Amount cents={totals.approvedCents} />}
        hint={
          totals.requestedCents > 0n
            ? `${formatHkd(totals.requestedCents)} more requested`
            : "Nothing else requested"
        }
      />
      <Stat
        label="Remaining"
        value={<Amount cents={totals.remainingCents} />}
        hint={
          totals.releasedCents > 0n
            ? `Can still be approved; ${formatHkd(totals.releasedCents, { omitZeroCents: true })} released by closed grants`
            : "Can still be approved"
        }
      />
    </StatGrid>
  );
}
