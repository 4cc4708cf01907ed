import Link from "next/link";
import type { OperatorAdminHomeData } from "@/lib/data/homes/operator-admin-home";
import { describeAuditAction } from "@/components/audit/describe-audit-action";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { formatHkDate, formatHkDateTime } from "@/lib/domain/dates";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";

const linkClassName = "font-medium text-brand-700 hover:text-brand-800 hover:underline";

export function OperatorAdminHome({
  organisationName,
  organisationSlug,
  data,
}: {
  organisationName: string;
  organisationSlug: string;
  data: OperatorAdminHomeData;
}) {
  const deactivatedCount = data.members.length - data.activeMemberCount;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Organisation administration"
        description={`People, roles and recent activity at ${organisationName}.`}
      />
      <StatGrid>
        <Stat label="Active members" value={data.activeMemberCount} tone="brand" />
        <Stat label="Programmes" value={data.programmeCount} hint="Draft and active" />
        <Stat
          label="Partner organisations"
          value={data.partnerCount}
          hint="Linked to a programme"
        />
        <Stat label="Deactivated" value={deactivatedCount} hint="Kept for the audit trail" />
      </StatGrid>

      <Card>
        <CardHeader title="Members by role" />
        <CardBody>
          {data.activeCountsByRole.length === 0 ? (
            <EmptyState title="Nobody has a role here yet.">
              Invite your programme officers first.
            </EmptyState>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {data.activeCountsByRole.map(({ role, count }) => (
                <li
                  key={role}
                  className="flex items-center gap-2 rounded-md border border-ink-200 bg-ink-50 px-3 py-1.5 text-sm"
                >
                  <span className="text-ink-700">{membershipRoleLabels[role]}</span>
                  <span className="font-semibold text-ink-900 tabular-nums">{count}</span>
                </li>
              ))}
            </ul>
          )}
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="People and roles"
          description={`${data.members.length} memberships`}
          action={
            <Link href={`/${organisationSlug}/members`} className={linkClassName}>
              Manage members
            </Link>
          }
        />
        {data.members.length === 0 ? (
          <CardBody>
            <EmptyState title="No members yet.">
              Invite colleagues by email and give each one a role.
            </EmptyState>
          </CardBody>
        ) : (
          <Table caption="Members and their roles">
            <TableHead>
              <tr>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell className="hidden md:table-cell">Title</TableHeaderCell>
                <TableHeaderCell className="hidden sm:table-cell">Status</TableHeaderCell>
                <TableHeaderCell className="hidden sm:table-cell">Last sign-in</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {data.members.map((member) => (
                <TableRow key={member.id}>
                  <TableCell className="min-w-48">
                    <span className="font-medium text-ink-900">{member.user.name}</span>
                    {member.user.nameZh ? (
                      <span className="ml-1.5 text-ink-500" lang="zh-HK">
                        {member.user.nameZh}
                      </span>
                    ) : null}
                    <span className="block text-xs text-ink-500">{member.user.email}</span>
                    {member.title ? (
                      <span className="block text-xs text-ink-500 md:hidden">{member.title}</span>
                    ) : null}
                    {member.status !== "ACTIVE" ? (
                      <span className="mt-1 block sm:hidden">
                        <StatusBadge kind="membership" status={member.status} />
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <Badge tone="brand">{membershipRoleLabels[member.role]}</Badge>
                  </TableCell>
                  <TableCell className="hidden min-w-48 md:table-cell">
                    {member.title ?? "—"}
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">
                    <StatusBadge kind="membership" status={member.status} />
                  </TableCell>
                  <TableCell className="hidden whitespace-nowrap sm:table-cell">
                    {member.user.lastSignInAt ? formatHkDate(member.user.lastSignInAt) : "Never"}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>

      <Card>
        <CardHeader
          action={
            <Link href={`/${organisationSlug}/audit`} className={linkClassName}>
              Full audit trail
            </Link>
          }
          title="Recent activity"
          description="The latest entries in this organisation's audit log."
        />
        {data.auditEvents.length === 0 ? (
          <CardBody>
            <EmptyState title="No activity recorded yet.">
              Every change to applications, reviews, milestones and money is recorded here.
            </EmptyState>
          </CardBody>
        ) : (
          <ol className="divide-y divide-ink-100">
            {data.auditEvents.map((event) => (
              <li
                key={event.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 px-4 py-2.5 sm:px-5"
              >
                <p className="text-sm text-ink-800">
                  <span className="font-medium">{event.actor?.name ?? "System"}</span>
                  <span className="text-ink-500"> · </span>
                  {describeAuditAction(event.action)}
                  {event.targetType ? (
                    <span className="text-ink-500"> ({event.targetType})</span>
                  ) : null}
                </p>
                <time
                  className="text-xs whitespace-nowrap text-ink-500"
                  dateTime={event.createdAt.toISOString()}
                >
                  {formatHkDateTime(event.createdAt)}
                </time>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
