import { getTranslations } from "next-intl/server";
import { localName } from "@/components/homes/officer-local-name";
import { ProgressBar } from "@/components/ui/progress-bar";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { getFormat } from "@/i18n/format";
import type { BucketBudget, ProgrammeBudget } from "@/lib/data/homes/finance-budget";

/** Share of `total` used by `used`, for a meter (0–100). */
function usedPercent(used: bigint, total: bigint): number {
  if (total <= 0n) return 0;
  return Number((used * 1000n) / total) / 10;
}

/**
 * Cap, awarded, paid, committed and remaining per programme, with a meter of the awarded funds
 * used; a phone shows the programme and remaining columns with the rest folded underneath.
 */
export async function ProgrammeTotalsTable({ totals }: { totals: readonly ProgrammeBudget[] }) {
  const t = await getTranslations("financeHome");
  const f = await getFormat();
  return (
    <Table caption={t("budget.title")}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("budget.programme")}</TableHeaderCell>
          <TableHeaderCell align="right" className="hidden md:table-cell">
            {t("budget.cap")}
          </TableHeaderCell>
          <TableHeaderCell align="right" className="hidden md:table-cell">
            {t("budget.awarded")}
          </TableHeaderCell>
          <TableHeaderCell align="right" className="hidden lg:table-cell">
            {t("budget.paid")}
          </TableHeaderCell>
          <TableHeaderCell align="right" className="hidden lg:table-cell">
            {t("budget.committed")}
          </TableHeaderCell>
          <TableHeaderCell align="right">{t("budget.remaining")}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {totals.map((row) => {
          const name = localName(f.locale, row.programmeName, row.programmeNameZh);
          return (
            <TableRow key={row.programmeId}>
              <TableCell className="min-w-40">
                <span className="font-medium text-ink-900">{name}</span>
                <span className="block text-xs text-ink-500">
                  {t("budget.grantCount", { count: row.grantCount })}
                </span>
                <span className="block text-xs text-ink-500 lg:hidden">
                  {t("budget.line", {
                    cap: f.moneyWhole(row.capCents),
                    awarded: f.moneyWhole(row.awardedCents),
                    paid: f.moneyWhole(row.paidCents),
                    committed: f.moneyWhole(row.committedCents),
                  })}
                </span>
                <div className="mt-2 max-w-64">
                  <ProgressBar
                    label={t("budget.meter", { name })}
                    value={usedPercent(row.paidCents + row.committedCents, row.awardedCents)}
                    max={100}
                  />
                </div>
              </TableCell>
              <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
                {f.moneyWhole(row.capCents)}
              </TableCell>
              <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
                {f.moneyWhole(row.awardedCents)}
              </TableCell>
              <TableCell align="right" className="hidden whitespace-nowrap lg:table-cell">
                {f.moneyWhole(row.paidCents)}
              </TableCell>
              <TableCell align="right" className="hidden whitespace-nowrap lg:table-cell">
                {f.moneyWhole(row.committedCents)}
              </TableCell>
              <TableCell align="right" className="font-medium whitespace-nowrap text-ink-900">
                {f.moneyWhole(row.remainingCents)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** The same per funding bucket (cap summed over the grants), grouped under each programme. */
export async function BucketTotalsTable({
  buckets,
  programmeNames,
}: {
  buckets: readonly BucketBudget[];
  /** Programme id → name shown above its buckets; omit for one programme (the report). */
  programmeNames?: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations("financeHome");
  const f = await getFormat();
  return (
    <Table caption={t("budget.bucketsTitle")}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("budget.bucket")}</TableHeaderCell>
          <TableHeaderCell align="right" className="hidden md:table-cell">
            {t("budget.cap")}
          </TableHeaderCell>
          <TableHeaderCell align="right" className="hidden md:table-cell">
            {t("budget.paid")}
          </TableHeaderCell>
          <TableHeaderCell align="right" className="hidden md:table-cell">
            {t("budget.committed")}
          </TableHeaderCell>
          <TableHeaderCell align="right">{t("budget.remaining")}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {buckets.map((row, index) => {
          const name = localName(f.locale, row.name, row.nameZh);
          const programmeName = programmeNames?.get(row.programmeId);
          const startsProgramme =
            programmeName !== undefined && buckets[index - 1]?.programmeId !== row.programmeId;
          return (
            <TableRow key={`${row.programmeId}-${row.code}`}>
              <TableCell className="min-w-40">
                {startsProgramme ? (
                  <span className="mb-1 block text-xs font-semibold tracking-wide text-ink-500 uppercase">
                    {programmeName}
                  </span>
                ) : null}
                <span className="font-medium text-ink-900">{name}</span>
                <span className="block text-xs text-ink-500 md:hidden">
                  {t("budget.bucketLine", {
                    cap: f.moneyWhole(row.capCents),
                    paid: f.moneyWhole(row.paidCents),
                    committed: f.moneyWhole(row.committedCents),
                  })}
                </span>
                <div className="mt-2 max-w-64">
                  <ProgressBar
                    label={t("budget.bucketMeter", { name })}
                    value={usedPercent(row.paidCents + row.committedCents, row.capCents)}
                    max={100}
                  />
                </div>
              </TableCell>
              <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
                {f.moneyWhole(row.capCents)}
              </TableCell>
              <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
                {f.moneyWhole(row.paidCents)}
              </TableCell>
              <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
                {f.moneyWhole(row.committedCents)}
              </TableCell>
              <TableCell align="right" className="font-medium whitespace-nowrap text-ink-900">
                {f.moneyWhole(row.remainingCents)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
