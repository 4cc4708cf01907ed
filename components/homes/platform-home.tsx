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
import { formatHkDate } from "@/lib/domain/dates";

/** The platform admin's console: operator tenants and their size. */
export function PlatformHome({ tenants }: { tenants: OperatorTenantSummary[] }) {
  const total = (pick: (tenant: OperatorTenantSummary) => number) =>
    tenants.reduce((sum, tenant) => sum + pick(tenant), 0);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-ink-900">Platform administration</h1>
        <p className="mt-1 text-sm text-ink-500">
          Operator tenants on this deployment. Each operator sees only its own programmes,
          applications and cohort.
        </p>
      </div>
      <StatGrid>
        <Stat label="Operators" value={tenants.length} tone="brand" />
        <Stat label="Programmes" value={total((tenant) => tenant.programmeCount)} />
        <Stat label="Start-ups enrolled" value={total((tenant) => tenant.enrolledStartupCount)} />
        <Stat label="Operator users" value={total((tenant) => tenant.userCount)} />
      </StatGrid>
      <Card>
        <CardHeader
          title="Operator tenants"
          description="Live counts: programmes not archived, start-ups with an active enrolment, active memberships."
        />
        {tenants.length === 0 ? (
          <div className="p-4 sm:p-5">
            <EmptyState title="No operator tenants yet.">
              Create the first operator (for example a science park or a university incubator) to
              let it run programmes.
            </EmptyState>
          </div>
        ) : (
          <Table caption="Operator tenants">
            <TableHead>
              <tr>
                <TableHeaderCell>Operator</TableHeaderCell>
                <TableHeaderCell className="hidden sm:table-cell">Slug</TableHeaderCell>
                <TableHeaderCell align="right">Programmes</TableHeaderCell>
                <TableHeaderCell align="right">Start-ups enrolled</TableHeaderCell>
                <TableHeaderCell align="right">Users</TableHeaderCell>
                <TableHeaderCell className="hidden sm:table-cell">Created</TableHeaderCell>
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
                  </TableCell>
                  <TableCell className="hidden font-mono text-xs whitespace-nowrap sm:table-cell">
                    {tenant.slug}
                  </TableCell>
                  <TableCell align="right">{tenant.programmeCount}</TableCell>
                  <TableCell align="right">{tenant.enrolledStartupCount}</TableCell>
                  <TableCell align="right">{tenant.userCount}</TableCell>
                  <TableCell className="hidden whitespace-nowrap sm:table-cell">
                    {formatHkDate(tenant.createdAt)}
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
