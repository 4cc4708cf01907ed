import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { getRequestTenant, runWithTenant, setRequestTenant } from "@/lib/tenancy/tenant-context";
import type { MembershipRole, OrganisationKind } from "@/lib/generated/prisma/enums";

export type SessionMembership = {
  id: string;
  role: MembershipRole;
  title: string | null;
  organisation: {
    id: string;
    slug: string;
    name: string;
    nameZh: string | null;
    kind: OrganisationKind;
  };
};

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  nameZh: string | null;
  isPlatformAdmin: boolean;
  /** The interface language saved on the account (optional: tests build users without it). */
  locale?: string;
  memberships: SessionMembership[];
};

/**
 * The signed-in user, re-read from the database on every request: a deactivated user or a
 * token whose session version is behind the user's (signed out everywhere) gets null.
 * Read as the user alone (no organisation yet): row-level security shows their own memberships.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await runWithTenant({ userId, organisationId: null }, () =>
    db.user.findFirst({
      where: {
        id: userId,
        deactivatedAt: null,
        sessionVersion: session.user?.sessionVersion ?? -1,
      },
      select: {
        id: true,
        email: true,
        name: true,
        nameZh: true,
        isPlatformAdmin: true,
        locale: true,
        memberships: {
          where: { status: "ACTIVE" },
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            role: true,
            title: true,
            organisation: {
              select: { id: true, slug: true, name: true, nameZh: true, kind: true },
            },
          },
        },
      },
    }),
  );
  return user;
});

/**
 * The signed-in user, or a redirect to the sign-in page. Unless requireMembership already
 * chose an organisation, the rest of the request's queries run as this user in none (the
 * platform console, the account page). Never downgrades: layout and page render concurrently.
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!getRequestTenant()) {
    setRequestTenant({
      userId: user.id,
      organisationId: null,
      isPlatformAdmin: user.isPlatformAdmin,
    });
  }
  return user;
}

/**
 * The user's active membership in the organisation with this slug; 404 when there is none.
 * The rest of the request's queries run as this user in this organisation.
 */
export async function requireMembership(organisationSlug: string) {
  const user = await requireUser();
  const membership = user.memberships.find((m) => m.organisation.slug === organisationSlug);
  if (!membership) notFound();
  setRequestTenant({
    userId: user.id,
    organisationId: membership.organisation.id,
    isPlatformAdmin: user.isPlatformAdmin,
  });
  return { user, membership, organisation: membership.organisation };
}

/** Where a user lands after sign-in: the platform console or their first organisation. */
export function homePathFor(user: SessionUser): string {
  if (user.isPlatformAdmin) return "/platform";
  const first = user.memberships[0];
  return first ? `/${first.organisation.slug}` : "/no-access";
}
