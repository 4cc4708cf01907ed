import { getTranslations } from "next-intl/server";
import { MemberActions } from "@/components/members/member-actions";
import { Badge } from "@/components/ui/badge";
import { statusStyles } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { getFormat } from "@/i18n/format";
import type { MemberPageRow } from "@/lib/data/members/list-members-page";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

/**
 * One page of members; the signed-in admin's own row has no controls. Below `md` the role,
 * status and last sign-in fold under the name, so a phone never scrolls sideways.
 */
export async function MembersTable({
  organisation,
  members,
  currentUserId,
  roles,
  canChangeRole,
  canDeactivate,
}: {
  organisation: string;
  members: MemberPageRow[];
  currentUserId: string;
  roles: readonly MembershipRole[];
  canChangeRole: boolean;
  canDeactivate: boolean;
}) {
  const t = await getTranslations("members");
  const roleLabel = await getTranslations("roles");
  const f = await getFormat();
  return (
    <Table caption={t("table.caption")}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t("table.name")}</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">{t("table.role")}</TableHeaderCell>
          <TableHeaderCell className="hidden md:table-cell">{t("table.status")}</TableHeaderCell>
          <TableHeaderCell className="hidden lg:table-cell">
            {t("table.lastSignIn")}
          </TableHeaderCell>
          {/* relative: keeps the absolutely placed sr-only label inside the table */}
          <TableHeaderCell align="right" className="relative">
            <span className="sr-only">{t("table.actions")}</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {members.map((member) => {
          const isSelf = member.user.id === currentUserId;
          const role = (
            <Badge tone={member.role === "OPERATOR_ADMIN" ? "brand" : "neutral"}>
              {roleLabel(member.role)}
            </Badge>
          );
          const status = (
            <Badge tone={statusStyles.membership[member.status].tone}>
              {t(`status.${member.status}`)}
            </Badge>
          );
          const lastSignIn = member.user.lastSignInAt
            ? f.dateTime(member.user.lastSignInAt)
            : t("table.never");
          return (
            <TableRow key={member.id}>
              <TableCell>
                <p className="font-medium break-words text-ink-900">
                  {member.user.name}
                  {member.user.nameZh ? (
                    <span className="ml-1.5 font-normal text-ink-500" lang="zh-HK">
                      {member.user.nameZh}
                    </span>
                  ) : null}
                </p>
                <p className="text-xs break-all text-ink-500">{member.user.email}</p>
                {member.title ? <p className="text-xs text-ink-500">{member.title}</p> : null}
                <div className="mt-1 flex flex-wrap items-center gap-1.5 md:hidden">
                  {role}
                  {status}
                </div>
                <p className="mt-1 text-xs text-ink-500 lg:hidden">
                  {t("table.lastSignInShort", { when: lastSignIn })}
                </p>
              </TableCell>
              <TableCell className="hidden whitespace-nowrap md:table-cell">{role}</TableCell>
              <TableCell className="hidden md:table-cell">{status}</TableCell>
              <TableCell className="hidden whitespace-nowrap tabular-nums lg:table-cell">
                {member.user.lastSignInAt ? (
                  lastSignIn
                ) : (
                  <span className="text-ink-500">{lastSignIn}</span>
                )}
              </TableCell>
              <TableCell align="right" className="sm:min-w-56">
                {isSelf ? (
                  <span className="text-xs text-ink-500">{t("table.thisIsYou")}</span>
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
