import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplyToCall } from "@/components/applications/apply-to-call";
import { localized } from "@/components/calls/localized";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { Brand } from "@/components/shell/brand";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getFormat } from "@/i18n/format";
import { getCurrentUser } from "@/lib/auth/session";
import { getPublicCall } from "@/lib/data/applications/get-public-call";
import { parseEligibilityRule } from "@/lib/domain/eligibility";

type Params = { params: Promise<{ operator: string; call: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { operator, call } = await params;
  const [found, t, locale] = await Promise.all([
    getPublicCall(operator, call),
    getTranslations("publicCall"),
    getLocale(),
  ]);
  return { title: found ? localized(locale, found.title, found.titleZh) : t("notFoundTitle") };
}

/** A published call, readable by anyone: programme, focus, benefits, dates, eligibility. */
export default async function PublicCallPage({ params }: Params) {
  // Whether the call is open depends on the time of the request.
  await connection();
  const { operator, call: callSlug } = await params;
  const [call, user, t, labels, f, locale] = await Promise.all([
    getPublicCall(operator, callSlug),
    getCurrentUser(),
    getTranslations("publicCall"),
    getTranslations("programmesClient"),
    getFormat(),
    getLocale(),
  ]);
  if (!call) notFound();
  const isChinese = locale.startsWith("zh");
  const now = new Date();
  const isOpen = call.opensAt <= now && call.closesAt > now;
  const startups = (user?.memberships ?? [])
    .filter((m) => m.role === "STARTUP_MEMBER")
    .map((m) => ({ slug: m.organisation.slug, name: m.organisation.name }));
  const { programme } = call;
  // Signing in comes back here; the sign-in page checks the path is its own origin's.
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/calls/${operator}/${callSlug}`)}`;
  const signUpHref = `/sign-up?callbackUrl=${encodeURIComponent(`/calls/${operator}/${callSlug}`)}`;

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-ink-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Brand />
          <div className="flex flex-wrap items-center justify-end gap-2">
            <LanguageSwitch />
            {user ? null : (
              <ButtonLink href={signInHref} size="sm" variant="secondary">
                {t("signIn")}
              </ButtonLink>
            )}
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 space-y-6 px-4 py-8 sm:px-6">
        <div>
          <p className="text-sm font-medium text-brand-700">
            {localized(locale, call.organisation.name, call.organisation.nameZh)} ·{" "}
            {labels(`kind.${programme.kind}`)}
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-ink-900 sm:text-3xl">
            {localized(locale, call.title, call.titleZh)}
          </h1>
          {call.titleZh ? (
            <p className="text-lg text-ink-500" lang={isChinese ? "en" : "zh-HK"}>
              {isChinese ? call.title : call.titleZh}
            </p>
          ) : null}
          {call.summary ? (
            <p className="mt-3 max-w-3xl text-base text-ink-600">{call.summary}</p>
          ) : null}
        </div>

        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="space-y-6">
            <Card>
              <CardHeader
                title={localized(locale, programme.name, programme.nameZh)}
                description={t("months", { count: programme.durationMonths })}
              />
              <CardBody className="space-y-4 text-sm text-ink-700">
                {programme.description ? <p>{programme.description}</p> : null}
                <div>
                  <h3 className="text-xs font-medium text-ink-500">{t("focusAreas")}</h3>
                  <ul className="mt-1 flex flex-wrap gap-1.5">
                    {programme.focusAreas.map((area) => (
                      <li key={area}>
                        <Badge tone="brand">{labels(`focus.${area}`)}</Badge>
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h3 className="text-xs font-medium text-ink-500">{t("benefits")}</h3>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {programme.benefits.map((benefit) => (
                      <li key={benefit}>{t(`benefit.${benefit}`)}</li>
                    ))}
                  </ul>
                </div>
              </CardBody>
            </Card>

            <Card>
              <CardHeader title={t("eligibility")} description={t("eligibilityDescription")} />
              <ol className="divide-y divide-ink-100">
                {call.eligibilityCriteria.map((criterion, index) => (
                  <li key={criterion.id} className="flex gap-3 px-4 py-3 text-sm sm:px-5">
                    <span className="w-5 shrink-0 text-ink-400 tabular-nums">{index + 1}.</span>
                    <div className="min-w-0 flex-1">
                      <p className="font-medium text-ink-900">
                        {localized(locale, criterion.label, criterion.labelZh)}
                      </p>
                      {criterion.labelZh && !isChinese ? (
                        <p className="text-ink-500" lang="zh-HK">
                          {criterion.labelZh}
                        </p>
                      ) : null}
                      {criterion.description ? (
                        <p className="mt-0.5 text-ink-500">{criterion.description}</p>
                      ) : null}
                    </div>
                    <span className="shrink-0">
                      {parseEligibilityRule(criterion.rule) ? (
                        <Badge tone="info">{t("checked")}</Badge>
                      ) : (
                        <Badge tone="muted">{t("selfDeclared")}</Badge>
                      )}
                    </span>
                  </li>
                ))}
              </ol>
            </Card>
          </div>

          <aside className="order-first space-y-4 lg:order-none">
            <Card>
              <CardBody className="space-y-4">
                <dl className="space-y-3 text-sm">
                  <div>
                    <dt className="text-xs text-ink-500">{t("opens")}</dt>
                    <dd className="font-medium text-ink-900">{f.dateTime(call.opensAt)}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-ink-500">{t("closes")}</dt>
                    <dd className="font-medium text-ink-900">{f.dateTime(call.closesAt)}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-ink-500">{t("fundingUpTo")}</dt>
                    <dd className="font-medium text-ink-900 tabular-nums">
                      {t("perStartup", { amount: f.moneyWhole(programme.fundingCapCents) })}
                    </dd>
                  </div>
                  {call.intakeSize ? (
                    <div>
                      <dt className="text-xs text-ink-500">{t("intake")}</dt>
                      <dd className="font-medium text-ink-900">
                        {t("intakeSize", { count: call.intakeSize })}
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {isOpen && !user ? (
                  // Rendered here rather than in ApplyToCall so that the link carries this page.
                  <div className="space-y-2">
                    <ButtonLink href={signInHref} className="w-full">
                      {t("signInToApply")}
                    </ButtonLink>
                    <p className="text-xs text-ink-500">
                      {t("foundersApply")}{" "}
                      <Link
                        href={signUpHref}
                        className="font-medium text-brand-800 hover:underline"
                      >
                        {t("registerStartup")}
                      </Link>
                    </p>
                  </div>
                ) : isOpen ? (
                  <ApplyToCall callId={call.id} isSignedIn startups={startups} />
                ) : (
                  <p className="rounded-md bg-ink-50 px-3 py-2 text-sm text-ink-600">
                    {call.opensAt > now ? t("notOpenYet") : t("closed")}
                  </p>
                )}
              </CardBody>
            </Card>
          </aside>
        </div>
      </main>
      <footer className="border-t border-ink-200 bg-white">
        <p className="mx-auto max-w-5xl px-4 py-4 text-xs text-ink-500 sm:px-6">{t("footer")}</p>
      </footer>
    </div>
  );
}
