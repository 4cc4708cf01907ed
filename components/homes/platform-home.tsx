import { getTranslations } from "next-intl/server";
import type { OperatorTenantSummary } from "@/lib/data/platform/list-operator-tenants";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat, StatGrid } from "@/components/ui/stat";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { getFormat } from "@/i18n/format";

/** The platform admin's console: operator tenants and their size. */
export async function PlatformHome({ tenants }: { tenants: OperatorTenantSummary[] }) {
  const t = await getTranslations("platformHome");
  const f = await getFormat();
  const total = (pick: (tenant: OperatorTenantSummary) => number) =>
    tenants.reduce((sum, tenant) => sum + pick(tenant), 0);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-ink-500">{t("description")}</p>
      </div>
      <StatGrid>
        <Stat label={t("statOperators")} value={f.number(tenants.length)} tone="brand" />
        <Stat
          label={t("statProgrammes")}
          value={f.number(total((tenant) => tenant.programmeCount))}
        />
        <Stat
          label={t("statStartups")}
          value={f.number(total((tenant) => tenant.enrolledStartupCount))}
        />
        <Stat label={t("statUsers")} value={f.number(total((tenant) => tenant.userCount))} />
      </StatGrid>
      <Card>
        <CardHeader title={t("tenantsTitle")} description={t("tenantsDescription")} />
        {tenants.length === 0 ? (
          <div className="p-4 sm:p-5">
            <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
          </div>
        ) : (
          <Table caption={t("caption")}>
            <TableHead>
              <tr>
                <TableHeaderCell>{t("colOperator")}</TableHeaderCell>
                <TableHeaderCell className="hidden sm:table-cell">{t("colSlug")}</TableHeaderCell>
                <TableHeaderCell align="right" className="hidden sm:table-cell">
                  {t("colProgrammes")}
                </TableHeaderCell>
                <TableHeaderCell align="right" className="hidden sm:table-cell">
                  {t("colStartups")}
                </TableHeaderCell>
                <TableHeaderCell align="right" className="hidden sm:table-cell">
                  {t("colUsers")}
                </TableHeaderCell>
                <TableHeaderCell className="hidden sm:table-cell">
                  {t("colCreated")}
                </TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {tenants.map((tenant) => (
                <TableRow key={tenant.id}>
                  <TableCell className="min-w-40">
                    <span className="font-medium text-ink-900">{tenant.name}</span>
                    {tenant.nameZh ? (
                      <span className="block text-xs text-ink-500" lang="zh-HK">
                        {tenant.nameZh}
                      </span>
                    ) : null}
                    <span className="block text-xs text-ink-500 sm:hidden">
                      {t("phoneLine", {
                        programmes: f.number(tenant.programmeCount),
                        startups: f.number(tenant.enrolledStartupCount),
                        users: f.number(tenant.userCount),
                      })}
                    </span>
                  </TableCell>
                  <TableCell className="hidden font-mono text-xs whitespace-nowrap sm:table-cell">
                    {tenant.slug}
                  </TableCell>
                  <TableCell align="right" className="hidden sm:table-cell">
                    {f.number(tenant.programmeCount)}
                  </TableCell>
                  <TableCell align="right" className="hidden sm:table-cell">
                    {f.number(tenant.enrolledStartupCount)}
                  </TableCell>
                  <TableCell align="right" className="hidden sm:table-cell">
                    {f.number(tenant.userCount)}
                  </TableCell>
                  <TableCell className="hidden whitespace-nowrap sm:table-cell">
                    {f.date(tenant.createdAt)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
