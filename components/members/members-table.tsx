import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { MemberActions } from "@/components/members/member-actions";
import type { MemberRow } from "@/lib/data/members/list-members";
import { formatHkDateTime } from "@/lib/domain/dates";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

/** Everyone with a membership here; the signed-in admin's own row has no controls. */
export function MembersTable({
  organisation,
  members,
  currentUserId,
  roles,
  canChangeRole,
  canDeactivate,
}: {
  organisation: string;
  members: MemberRow[];
  currentUserId: string;
  roles: readonly MembershipRole[];
  canChangeRole: boolean;
  canDeactivate: boolean;
}) {
  return (
    <Table caption="Members">
      <TableHead>
        <tr>
          <TableHeaderCell>Name</TableHeaderCell>
          <TableHeaderCell>Role</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Last sign-in (HKT)</TableHeaderCell>
          {/* relative: keeps the absolutely placed sr-only label inside the scrolling table */}
          <TableHeaderCell align="right" className="relative">
            <span className="sr-only">Actions</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {members.map((member) => {
          const isSelf = member.user.id === currentUserId;
          return (
            <TableRow key={member.id}>
              <TableCell>
                <p className="font-medium text-ink-900">
                  {member.user.name}
                  {member.user.nameZh ? (
                    <span className="ml-1.5 font-normal text-ink-500" lang="zh-HK">
                      {member.user.nameZh}
                    </span>
                  ) : null}
                </p>
                <p className="text-xs text-ink-500">{member.user.email}</p>
                {member.title ? <p className="text-xs text-ink-500">{member.title}</p> : null}
              </TableCell>
              <TableCell className="whitespace-nowrap">
                <Badge tone={member.role === "OPERATOR_ADMIN" ? "brand" : "neutral"}>
                  {membershipRoleLabels[member.role]}
                </Badge>
              </TableCell>
              <TableCell>
                <StatusBadge kind="membership" status={member.status} />
              </TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">
                {member.user.lastSignInAt ? (
                  formatHkDateTime(member.user.lastSignInAt)
                ) : (
                  <span className="text-ink-500">Never</span>
                )}
              </TableCell>
              <TableCell align="right" className="min-w-72">
                {isSelf ? (
                  <span className="text-xs text-ink-500">This is you</span>
                ) : (
                  <MemberActions
                    organisation={organisation}
                    member={{
                      membershipId: member.id,
                      name: member.user.name,
                      role: member.role,
                      status: member.status,
                    }}
                    roles={roles}
                    canChangeRole={canChangeRole}
                    canDeactivate={canDeactivate}
                  />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
