import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/grants/local-name";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MemberFiltersForm } from "@/components/members/member-filters-form";
import { MembersTable } from "@/components/members/members-table";
import { PendingInvitationsTable } from "@/components/members/pending-invitations-table";
import { buttonClassName } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { requireMembership } from "@/lib/auth/session";
import { listMembersPage } from "@/lib/data/members/list-members-page";
import { listPendingInvitations } from "@/lib/data/members/list-pending-invitations";
import { parseMemberListFilters } from "@/lib/data/members/member-list-filters";
import { assignableRoles } from "@/lib/domain/invitations";
import { pageHref } from "@/lib/pagination/cursor";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: t("title") };
}

/**
 * The operator admin's member management: invite, revoke, change roles, deactivate; the
 * members 50 a page, filtered by role, status or name, and as CSV.
 */
export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { org } = await params;
  const query = await searchParams;
  const { user, membership, organisation } = await requireMembership(org);
  requirePermission(membership, "member.invite");
  const t = await getTranslations("members");
  const filters = parseMemberListFilters(query);
  const [members, invitations] = await Promise.all([
    listMembersPage(organisation.id, filters),
    listPendingInvitations(organisation.id),
  ]);
  const roles = assignableRoles(organisation.kind);
  const basePath = `/${organisation.slug}/members`;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description", {
          organisation: localName(await getLocale(), organisation.name, organisation.nameZh),
        })}
      />

      <Card>
        <CardHeader title={t("invite.title")} description={t("invite.description")} />
        <CardBody>
          <InviteMemberForm organisation={organisation.slug} roles={roles} />
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
          <PendingInvitationsTable organisation={organisation.slug} invitations={invitations} />
        )}
      </Card>

      <Card>
        <CardHeader
          title={t("people.title")}
          description={t("people.counts", {
            active: members.activeCount,
            deactivated: members.deactivatedCount,
          })}
          action={
            <a
              href={pageHref(`/api/${organisation.slug}/members/export`, query, null)}
              className={buttonClassName({ variant: "secondary", size: "sm" })}
              download
            >
              {t("downloadCsv")}
            </a>
          }
        />
        <MemberFiltersForm basePath={basePath} filters={filters} roles={roles} />
        {members.items.length === 0 ? (
          <CardBody className="border-t border-ink-100">
            <EmptyState title={t("people.empty")}>{t("people.emptyHint")}</EmptyState>
          </CardBody>
        ) : (
          <div className="border-t border-ink-100">
            <p className="px-4 pt-3 text-sm text-ink-500 sm:px-5">
              {t("people.matching", { count: members.matchingCount })}
            </p>
            <MembersTable
              organisation={organisation.slug}
              members={members.items}
              currentUserId={user.id}
              roles={roles}
              canChangeRole={roleCan(membership.role, "member.change_role")}
              canDeactivate={roleCan(membership.role, "member.deactivate")}
            />
          </div>
        )}
        <CursorPager
          basePath={basePath}
          searchParams={query}
          nextCursor={members.nextCursor}
          label={t("people.pagerLabel")}
        />
      </Card>
    </div>
  );
}
