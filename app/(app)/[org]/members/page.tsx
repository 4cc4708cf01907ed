import type { Metadata } from "next";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MembersTable } from "@/components/members/members-table";
import { PendingInvitationsTable } from "@/components/members/pending-invitations-table";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listMembers } from "@/lib/data/members/list-members";
import { listPendingInvitations } from "@/lib/data/members/list-pending-invitations";
import { assignableRoles } from "@/lib/domain/invitations";

export const metadata: Metadata = { title: "Members" };

/** The operator admin's member management: invite, revoke, change roles, deactivate. */
export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "member.invite");
  const [members, invitations] = await Promise.all([
    listMembers(organisation.id),
    listPendingInvitations(organisation.id),
  ]);
  const roles = assignableRoles(organisation.kind);
  const activeCount = members.filter((member) => member.status === "ACTIVE").length;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Members"
        description={`Who can sign in to ${organisation.name}, and with which role. Changing a role or deactivating someone signs them out everywhere.`}
      />

      <Card>
        <CardHeader
          title="Invite someone"
          description="They get a link valid for 7 days and choose their own password."
        />
        <CardBody>
          <InviteMemberForm organisation={organisation.slug} roles={roles} />
        </CardBody>
      </Card>

      <Card>
        <CardHeader
          title="Pending invitations"
          description={`${invitations.length} not yet accepted`}
        />
        {invitations.length === 0 ? (
          <CardBody>
            <EmptyState title="No pending invitations.">
              Invitations appear here until they are accepted or revoked.
            </EmptyState>
          </CardBody>
        ) : (
          <PendingInvitationsTable organisation={organisation.slug} invitations={invitations} />
        )}
      </Card>

      <Card>
        <CardHeader
          title="People and roles"
          description={`${activeCount} active, ${members.length - activeCount} deactivated`}
        />
        <MembersTable
          organisation={organisation.slug}
          members={members}
          currentUserId={user.id}
          roles={roles}
          canChangeRole={roleCan(membership.role, "member.change_role")}
          canDeactivate={roleCan(membership.role, "member.deactivate")}
        />
      </Card>
    </div>
  );
}
