import type { Metadata } from "next";
import { CoFounderInvitationsList } from "@/components/startups/co-founder-invitations-list";
import { InviteCoFounderForm } from "@/components/startups/invite-co-founder-form";
import { TeamList } from "@/components/startups/team-list";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listMembers } from "@/lib/data/members/list-members";
import { listPendingInvitations } from "@/lib/data/members/list-pending-invitations";

export const metadata: Metadata = { title: "Team" };

/** A start-up's own people: who is on the team, who is invited, and inviting someone new. */
export default async function TeamPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "startup_member.invite");
  const [members, invitations] = await Promise.all([
    listMembers(organisation.id),
    listPendingInvitations(organisation.id),
  ]);
  const activeCount = members.filter((member) => member.status === "ACTIVE").length;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Team"
        description={`Everyone on the ${organisation.name} team can edit and submit applications, answer the programme office and see every application of the start-up.`}
      />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Card>
          <CardHeader
            title="On the team"
            description={activeCount === 1 ? "1 person" : `${activeCount} people`}
          />
          <TeamList members={members} currentUserId={user.id} />
        </Card>

        <div className="space-y-6">
          <Card>
            <CardHeader
              title="Invite a co-founder"
              description="They get a link valid for 7 days and choose their own password."
            />
            <CardBody>
              <InviteCoFounderForm organisation={organisation.slug} />
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
                  Invite a co-founder above; the invitation waits here until they accept it or you
                  revoke it.
                </EmptyState>
              </CardBody>
            ) : (
              <CoFounderInvitationsList
                organisation={organisation.slug}
                invitations={invitations}
              />
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
