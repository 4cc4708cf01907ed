import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ApplyToCall } from "@/components/applications/apply-to-call";
import { programmeBenefitLabels } from "@/components/applications/programme-benefit-labels";
import { Brand } from "@/components/shell/brand";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { getPublicCall } from "@/lib/data/applications/get-public-call";
import { formatHkDateTime } from "@/lib/domain/dates";
import { parseEligibilityRule } from "@/lib/domain/eligibility";
import { focusAreaLabels } from "@/lib/domain/focus-areas";
import { formatHkd } from "@/lib/domain/money";
import { programmeKindLabels } from "@/lib/domain/programme-kinds";

type Params = { params: Promise<{ operator: string; call: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { operator, call } = await params;
  const found = await getPublicCall(operator, call);
  return { title: found ? found.title : "Call not found" };
}

/** A published call, readable by anyone: programme, focus, benefits, dates, eligibility. */
export default async function PublicCallPage({ params }: Params) {
  // Whether the call is open depends on the time of the request.
  await connection();
  const { operator, call: callSlug } = await params;
  const [call, user] = await Promise.all([getPublicCall(operator, callSlug), getCurrentUser()]);
  if (!call) notFound();
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
          {user ? null : (
            <ButtonLink href={signInHref} size="sm" variant="secondary">
              Sign in
            </ButtonLink>
          )}
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 space-y-6 px-4 py-8 sm:px-6">
        <div>
          <p className="text-sm font-medium text-brand-700">
            {call.organisation.name} · {programmeKindLabels[programme.kind]}
          </p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-ink-900 sm:text-3xl">
            {call.title}
          </h1>
          {call.titleZh ? (
            <p className="text-lg text-ink-500" lang="zh-HK">
              {call.titleZh}
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
                title={programme.name}
                description={programme.nameZh ?? `${programme.durationMonths} months`}
              />
              <CardBody className="space-y-4 text-sm text-ink-700">
                {programme.description ? <p>{programme.description}</p> : null}
                <div>
                  <h3 className="text-xs font-medium text-ink-500">Focus areas</h3>
                  <ul className="mt-1 flex flex-wrap gap-1.5">
                    {programme.focusAreas.map((area) => (
                      <li key={area}>
                        <Badge tone="brand">{focusAreaLabels[area]}</Badge>
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h3 className="text-xs font-medium text-ink-500">Benefits</h3>
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {programme.benefits.map((benefit) => (
                      <li key={benefit}>{programmeBenefitLabels[benefit]}</li>
                    ))}
                  </ul>
                </div>
              </CardBody>
            </Card>

            <Card>
              <CardHeader
                title="Eligibility"
                description="Criteria marked “checked” are checked against your answers as you fill in the form."
              />
              <ol className="divide-y divide-ink-100">
                {call.eligibilityCriteria.map((criterion, index) => (
                  <li key={criterion.id} className="flex gap-3 px-4 py-3 text-sm sm:px-5">
                    <span className="w-5 shrink-0 text-ink-400 tabular-nums">{index + 1}.</span>
                    <div className="min-w-0 flex-1">
                      <p className="font-medium text-ink-900">{criterion.label}</p>
                      {criterion.labelZh ? (
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
                        <Badge tone="info">Checked</Badge>
                      ) : (
                        <Badge tone="muted">Self-declared</Badge>
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
                    <dt className="text-xs text-ink-500">Opens (Hong Kong time)</dt>
                    <dd className="font-medium text-ink-900">{formatHkDateTime(call.opensAt)}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-ink-500">Closes (Hong Kong time)</dt>
                    <dd className="font-medium text-ink-900">{formatHkDateTime(call.closesAt)}</dd>
                  </div>
                  <div>
                    <dt className="text-xs text-ink-500">Funding up to</dt>
                    <dd className="font-medium text-ink-900 tabular-nums">
                      {formatHkd(programme.fundingCapCents, { omitZeroCents: true })} per start-up
                    </dd>
                  </div>
                  {call.intakeSize ? (
                    <div>
                      <dt className="text-xs text-ink-500">Intake</dt>
                      <dd className="font-medium text-ink-900">
                        About {call.intakeSize} start-ups
                      </dd>
                    </div>
                  ) : null}
                </dl>
                {isOpen && !user ? (
                  // Rendered here rather than in ApplyToCall so that the link carries this page.
                  <div className="space-y-2">
                    <ButtonLink href={signInHref} className="w-full">
                      Sign in to apply
                    </ButtonLink>
                    <p className="text-xs text-ink-500">
                      Founders apply with their start-up&apos;s Incubase account.{" "}
                      <Link
                        href={signUpHref}
                        className="font-medium text-brand-800 hover:underline"
                      >
                        New here? Register your start-up
                      </Link>
                    </p>
                  </div>
                ) : isOpen ? (
                  <ApplyToCall callId={call.id} isSignedIn startups={startups} />
                ) : (
                  <p className="rounded-md bg-ink-50 px-3 py-2 text-sm text-ink-600">
                    {call.opensAt > now
                      ? "This call is not open for applications yet."
                      : "This call has closed."}
                  </p>
                )}
              </CardBody>
            </Card>
          </aside>
        </div>
      </main>
      <footer className="border-t border-ink-200 bg-white">
        <p className="mx-auto max-w-5xl px-4 py-4 text-xs text-ink-500 sm:px-6">
          Times are Hong Kong time (HKT, UTC+8). Amounts are in Hong Kong dollars.
        </p>
      </footer>
    </div>
  );
}
