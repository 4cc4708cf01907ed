import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { StartupGrantSummary } from "@/lib/data/homes/startup-member-home";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
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
import { shareOf } from "@/lib/domain/money";

/** Each grant's buckets: awarded, paid, requested and pending, and what remains. */
export async function StartupGrantBalances({
  organisationSlug,
  grants,
}: {
  organisationSlug: string;
  grants: StartupGrantSummary[];
}) {
  const t = await getTranslations("startupHome");
  const f = await getFormat();
  const isZh = f.locale !== "en";
  const nameOf = (name: string, nameZh: string | null) => (isZh && nameZh ? nameZh : name);
  if (grants.length === 0) {
    return (
      <Card>
        <CardHeader title={t("grantTitle")} />
        <CardBody>
          <EmptyState title={t("grantEmptyTitle")}>{t("grantEmptyBody")}</EmptyState>
        </CardBody>
      </Card>
    );
  }
  return (
    <>
      {grants.map((grant) => {
        const programme = nameOf(grant.programmeName, grant.programmeNameZh);
        return (
          <Card key={grant.id}>
            <CardHeader
              title={t("grantTitleFor", { programme })}
              description={
                <>
                  {t("grantAwardedBy", {
                    operator: nameOf(grant.operatorName, grant.operatorNameZh),
                  })}{" "}
                  ·{" "}
                  <span className="font-semibold text-ink-900 tabular-nums">
                    {f.moneyWhole(grant.approvedTotalCents)}
                  </span>
                </>
              }
              action={
                <Link
                  href={`/${organisationSlug}/grants/${grant.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {t("grantOpen")}
                </Link>
              }
            />
            <Table caption={t("grantCaption", { programme })}>
              <TableHead>
                <tr>
                  <TableHeaderCell>{t("colBucket")}</TableHeaderCell>
                  <TableHeaderCell align="right" className="hidden md:table-cell">
                    {t("colAwarded")}
                  </TableHeaderCell>
                  <TableHeaderCell align="right" className="hidden md:table-cell">
                    {t("colPaid")}
                  </TableHeaderCell>
                  <TableHeaderCell align="right" className="hidden md:table-cell">
                    {t("colPending")}
                  </TableHeaderCell>
                  <TableHeaderCell align="right">{t("colRemaining")}</TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {grant.buckets.map((bucket) => {
                  const bucketName = nameOf(bucket.name, bucket.nameZh);
                  const used = bucket.capCents - bucket.remainingCents;
                  return (
                    <TableRow key={bucket.id}>
                      <TableCell className="min-w-40">
                        <span className="font-medium text-ink-900">{bucketName}</span>
                        <span className="block text-xs text-ink-500">
                          {bucket.evidenceRule === "PAYMENT_PROOF" ? t("ruleProof") : t("ruleNone")}
                        </span>
                        <span className="block text-xs text-ink-500 md:hidden">
                          {t("bucketPhone", {
                            paid: f.moneyWhole(bucket.paidCents),
                            pending: f.moneyWhole(bucket.pendingCents),
                            awarded: f.moneyWhole(bucket.capCents),
                          })}
                        </span>
                        <div className="mt-2 max-w-64">
                          <ProgressBar
                            label={t("bucketUsed", { name: bucketName })}
                            value={Math.round(shareOf(used, bucket.capCents) * 100)}
                            max={100}
                          />
                        </div>
                      </TableCell>
                      <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
                        {f.moneyWhole(bucket.capCents)}
                      </TableCell>
                      <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
                        {f.moneyWhole(bucket.paidCents)}
                      </TableCell>
                      <TableCell align="right" className="hidden whitespace-nowrap md:table-cell">
                        {f.moneyWhole(bucket.pendingCents)}
                      </TableCell>
                      <TableCell
                        align="right"
                        className="font-medium whitespace-nowrap text-ink-900"
                      >
                        {f.moneyWhole(bucket.remainingCents)}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <p className="border-t border-ink-100 px-4 py-2 text-xs text-ink-500 sm:px-5">
              {t("grantRemainingNote")}
            </p>
          </Card>
        );
      })}
    </>
  );
}
