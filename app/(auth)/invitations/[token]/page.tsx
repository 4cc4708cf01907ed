import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getFormat } from "@/i18n/format";
import { Brand } from "@/components/shell/brand";
import { getCurrentUser } from "@/lib/auth/session";
import { getOpenInvitationByToken } from "@/lib/data/members/get-invitation-by-token";
import { AcceptAsSignedInUser } from "./accept-as-signed-in-user";
import { NewAccountForm } from "./new-account-form";
import { SignInAndAcceptForm } from "./sign-in-and-accept-form";
import { SwitchAccountButton } from "./switch-account-button";

// The token is a credential: keep the page out of search engines and shared caches.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("invitation.title"), robots: { index: false, follow: false } };
}

/** Public landing of an invitation link: who invites you, to what, and how to accept. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([getOpenInvitationByToken(token), getCurrentUser()]);
  const t = await getTranslations("auth");
  const roleLabel = await getTranslations("roles");
  const f = await getFormat();

  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 flex items-center justify-between gap-3">
          <Brand />
          <LanguageSwitch />
        </div>
        <div className="rounded-lg border border-ink-200 bg-white p-6 shadow-sm">
          {!invitation ? (
            <>
              <h1 className="text-xl font-semibold text-ink-900">{t("invitation.unusable")}</h1>
              <p className="mt-2 text-sm text-ink-600">{t("invitation.unusableHint")}</p>
              <p className="mt-5 text-sm">
                <Link href="/sign-in" className="font-medium text-brand-800 hover:underline">
                  {t("invitation.goToSignIn")}
                </Link>
              </p>
            </>
          ) : (
            <>
              <p className="text-sm font-medium text-brand-700">{t("invitation.youAreInvited")}</p>
              <h1 className="mt-1 text-xl font-semibold text-ink-900">
                {t("invitation.join", { organisation: invitation.organisation.name })}
                {invitation.organisation.nameZh ? (
                  <span className="ml-2 text-base font-normal text-ink-500" lang="zh-HK">
                    {invitation.organisation.nameZh}
                  </span>
                ) : null}
              </h1>
              <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 rounded-md bg-ink-50 px-4 py-3 text-sm">
                <dt className="text-ink-500">{t("invitation.role")}</dt>
                <dd className="font-medium text-ink-900">{roleLabel(invitation.role)}</dd>
                <dt className="text-ink-500">{t("invitation.for")}</dt>
                <dd className="break-all text-ink-900">{invitation.email}</dd>
                <dt className="text-ink-500">{t("invitation.invitedBy")}</dt>
                <dd className="text-ink-900">{invitation.invitedBy.name}</dd>
                <dt className="text-ink-500">{t("invitation.validUntil")}</dt>
                <dd className="text-ink-900">
                  {t("invitation.hkt", { when: f.dateTime(invitation.expiresAt) })}
                </dd>
              </dl>
              <div className="mt-6">
                {user && user.email === invitation.email ? (
                  <AcceptAsSignedInUser
                    token={token}
                    organisationName={invitation.organisation.name}
                  />
                ) : user ? (
                  <div className="space-y-3">
                    <p className="text-sm text-ink-600">
                      {t.rich("invitation.otherAccount", {
                        email: user.email,
                        invited: invitation.email,
                        strong: (chunks) => (
                          <strong className="font-medium text-ink-900">{chunks}</strong>
                        ),
                      })}
                    </p>
                    <SwitchAccountButton returnTo={`/invitations/${token}`} />
                  </div>
                ) : invitation.hasAccount ? (
                  <SignInAndAcceptForm token={token} email={invitation.email} />
                ) : (
                  <NewAccountForm token={token} email={invitation.email} />
                )}
              </div>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
