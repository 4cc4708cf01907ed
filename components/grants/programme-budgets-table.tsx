import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { getFormat } from "@/i18n/format";
import type { ProgrammeBudget } from "@/lib/data/grants/list-programme-budgets";
import { localName } from "./local-name";

/** Each funding programme's grants in one line: awarded, requested, approved, paid, remaining. */
export async function ProgrammeBudgetsTable({
  organisation,
  budgets,
}: {
  organisation: string;
  budgets: ProgrammeBudget[];
}) {
  const t = await getTranslations("grants");
  const f = await getFormat();
  return (
    <Table caption={t("programmes.caption")}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("columns.programme")}</TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden sm:table-cell">
            {t("columns.grants")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden lg:table-cell">
            {t("columns.awarded")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden lg:table-cell">
            {t("columns.requested")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            {t("columns.approved")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact className="hidden md:table-cell">
            {t("columns.paid")}
          </TableHeaderCell>
          <TableHeaderCell align="right" isCompact>
            {t("columns.remaining")}
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {budgets.map((budget) => (
          <TableRow key={budget.programmeId}>
            <TableCell isCompact className="min-w-52">
              <Link
                href={`/${organisation}/grants/programmes/${budget.programmeId}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {localName(f.locale, budget.programmeName, budget.programmeNameZh)}
              </Link>
              <span className="block text-xs text-ink-500">
                {t("upToPerStartup", { amount: f.moneyWhole(budget.fundingCapCents) })}
                {budget.enrolmentsWithoutGrant > 0
                  ? ` · ${t("withoutGrant", { count: budget.enrolmentsWithoutGrant })}`
                  : ""}
              </span>
              <span className="block text-xs text-ink-600 lg:hidden">
                {t("grantCount", { count: budget.grantCount })} ·{" "}
                {t("awardedShort", { amount: f.money(budget.totals.capCents) })}
                <span className="md:hidden">
                  {" · "}
                  {t("paidApprovedShort", {
                    paid: f.money(budget.totals.paidCents),
                    approved: f.money(budget.totals.approvedCents),
                  })}
                </span>
              </span>
            </TableCell>
            <TableCell align="right" isCompact className="hidden sm:table-cell">
              {f.number(budget.grantCount)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
              {f.money(budget.totals.capCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
              {f.money(budget.totals.requestedCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
              {f.money(budget.totals.approvedCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
              {f.money(budget.totals.paidCents)}
            </TableCell>
            <TableCell
              align="right"
              isCompact
              className="font-semibold whitespace-nowrap text-ink-900"
            >
              {f.money(budget.totals.remainingCents)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
