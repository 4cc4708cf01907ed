import type { Metadata } from "next";
import Link from "next/link";
import { NotificationSettings } from "@/components/notifications/notification-settings";
import { AppHeader } from "@/components/shell/app-header";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { membershipRoleLabels } from "@/lib/domain/membership-roles";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";

export const metadata: Metadata = { title: "Your account" };

/** The signed-in user's own account: password and sessions. Belongs to no organisation. */
export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader
        userName={user.name}
        userDetail={user.email}
        context={<p className="text-sm font-semibold text-ink-900">Your account</p>}
      />
      <main className="mx-auto w-full max-w-3xl flex-1 space-y-6 px-4 py-6 sm:px-6 sm:py-8">
        <PageHeader
          title="Your account"
          titleZh={user.nameZh}
          description={`${user.name} · ${user.email}`}
        />

        {user.memberships.length > 0 ? (
          <Card>
            <CardHeader title="Your organisations" />
            <CardBody>
              <ul className="divide-y divide-ink-100 text-sm">
                {user.memberships.map((membership) => (
                  <li
                    key={membership.id}
                    className="flex flex-wrap items-baseline justify-between gap-x-4 py-2 first:pt-0 last:pb-0"
                  >
                    <Link
                      href={`/${membership.organisation.slug}`}
                      className="font-medium text-brand-800 hover:underline"
                    >
                      {membership.organisation.name}
                    </Link>
                    <span className="text-ink-500">
                      {membershipRoleLabels[membership.role]}
                      {membership.title ? ` · ${membership.title}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
        ) : null}

        <NotificationSettings userId={user.id} />

        <Card>
          <CardHeader
            title="Change password"
            description="You will be signed out everywhere, including here, and sign in again with the new password."
          />
          <CardBody>
            <ChangePasswordForm />
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title="Sign out everywhere"
            description="Lost a phone or signed in on a shared computer? End every session of this account at once."
          />
          <CardBody>
            <SignOutEverywhereButton />
          </CardBody>
        </Card>
      </main>
    </div>
  );
}
