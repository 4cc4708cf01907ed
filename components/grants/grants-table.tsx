import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { getFormat } from "@/i18n/format";
import type { GrantListItem } from "@/lib/data/grants/list-grants-page";
import type { MoneyTotals } from "@/lib/domain/disbursement-totals";
import { localName } from "./local-name";

/**
 * One page of grants, one row each; on a phone the figures fold under the start-up, so the
 * table never scrolls sideways. `totals` adds a programme total row (of every grant, not just
 * this page's).
 */
export async function GrantsTable({
  organisation,
  grants,
  caption,
  showProgramme = false,
  totals,
}: {
  organisation: string;
  grants: GrantListItem[];
  caption: string;
  showProgramme?: boolean;
  totals?: MoneyTotals;
}) {
  const t = await getTranslations("grants");
  const f = await getFormat();
  return (
    <Table caption={caption}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("columns.startup")}</TableHeaderCell>
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
        {grants.map((grant) => (
          <TableRow key={grant.id}>
            <TableCell isCompact className="min-w-40 sm:min-w-52">
              <Link
                href={`/${organisation}/grants/${grant.id}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {localName(f.locale, grant.enrolment.startup.name, grant.enrolment.startup.nameZh)}
              </Link>
              {grant.status === "CLOSED" ? (
                <span className="ml-2">
                  <Badge tone="neutral">{t("closed")}</Badge>
                </span>
              ) : null}
              {showProgramme ? (
                <span className="block text-xs text-ink-500">
                  {localName(
                    f.locale,
                    grant.enrolment.programme.name,
                    grant.enrolment.programme.nameZh,
                  )}
                </span>
              ) : null}
              {grant.totals.requestedCents > 0n ? (
                <span className="block text-xs text-amber-800">
                  {t("waitingForApproval", { amount: f.money(grant.totals.requestedCents) })}
                </span>
              ) : null}
              <span className="block text-xs text-ink-600 lg:hidden">
                {t("awardedShort", { amount: f.money(grant.totals.capCents) })}
                <span className="md:hidden">
                  {" · "}
                  {t("paidApprovedShort", {
                    paid: f.money(grant.totals.paidCents),
                    approved: f.money(grant.totals.approvedCents),
                  })}
                </span>
              </span>
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
              {f.money(grant.totals.capCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
              {f.money(grant.totals.requestedCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
              {f.money(grant.totals.approvedCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
              {f.money(grant.totals.paidCents)}
            </TableCell>
            <TableCell
              align="right"
              isCompact
              className="font-semibold whitespace-nowrap text-ink-900"
            >
              {f.money(grant.totals.remainingCents)}
              {grant.totals.releasedCents > 0n ? (
                <span className="block text-xs font-normal whitespace-normal text-ink-500">
                  {t("released", { amount: f.money(grant.totals.releasedCents) })}
                </span>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
        {totals ? (
          <tr className="border-t-2 border-ink-200 bg-ink-50/60 font-medium text-ink-900">
            <TableCell isCompact>
              {t("programmeTotal")}
              <span className="block text-xs font-normal text-ink-600 lg:hidden">
                {t("awardedShort", { amount: f.money(totals.capCents) })} ·{" "}
                {t("paidShort", { amount: f.money(totals.paidCents) })}
              </span>
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
              {f.money(totals.capCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap lg:table-cell">
              {f.money(totals.requestedCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
              {f.money(totals.approvedCents)}
            </TableCell>
            <TableCell align="right" isCompact className="hidden whitespace-nowrap md:table-cell">
              {f.money(totals.paidCents)}
            </TableCell>
            <TableCell align="right" isCompact className="font-semibold whitespace-nowrap">
              {f.money(totals.remainingCents)}
            </TableCell>
          </tr>
        ) : null}
      </TableBody>
    </Table>
  );
}
