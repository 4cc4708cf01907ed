import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/grants/local-name";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team");
  return { title: t("title") };
}

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
  const t = await getTranslations("team");

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description", {
          organisation: localName(await getLocale(), organisation.name, organisation.nameZh),
        })}
      />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <Card>
          <CardHeader title={t("onTheTeam")} description={t("people", { count: activeCount })} />
          <TeamList members={members} currentUserId={user.id} />
        </Card>

        <div className="space-y-6">
          <Card>
            <CardHeader title={t("invite.title")} description={t("invite.description")} />
            <CardBody>
              <InviteCoFounderForm organisation={organisation.slug} />
            </CardBody>
          </Card>

          <Card>
            <CardHeader
              title={t("invitations.title")}
              description={t("invitations.count", { count: invitations.length })}
            />
            {invitations.length === 0 ? (
              <CardBody>
                <EmptyState title={t("invitations.empty")}>{t("invitations.emptyHint")}</EmptyState>
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
