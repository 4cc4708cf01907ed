import { connection } from "next/server";
import { OpenCallsList } from "@/components/calls/open-calls-list";
import { Brand } from "@/components/shell/brand";
import { ButtonLink } from "@/components/ui/button";
import { listOpenCalls } from "@/lib/data/calls/list-open-calls";

export default async function LandingPage() {
  // Which calls are open depends on the time of the request, so never prerender this page.
  await connection();
  const calls = await listOpenCalls();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-ink-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Brand />
          <div className="flex items-center gap-2">
            <ButtonLink href="/sign-up" size="sm" variant="ghost">
              Register a start-up
            </ButtonLink>
            <ButtonLink href="/sign-in" size="sm">
              Sign in
            </ButtonLink>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-10 sm:px-6">
        <section className="max-w-3xl">
          <h1 className="text-3xl font-semibold tracking-tight text-ink-900 sm:text-4xl">
            Biotech incubation, run in one place.
          </h1>
          <p className="mt-4 text-base leading-relaxed text-ink-600">
            Incubase is where science park operators run their biotech incubation and co-incubation
            programmes with pharma partners. Start-ups apply to open calls and track their
            milestones and grant tranches; programme officers screen, review and decide; mentors log
            coaching; finance releases funds with two signatures; and partners see only what their
            cohort chooses to share.
          </p>
        </section>
        <section className="mt-12" aria-labelledby="open-calls-heading">
          <div className="mb-4 flex items-baseline justify-between gap-4">
            <h2 id="open-calls-heading" className="text-xl font-semibold text-ink-900">
              Open calls
            </h2>
            {calls.length > 0 ? (
              <p className="text-sm text-ink-500">
                {calls.length === 1 ? "1 call" : `${calls.length} calls`} accepting applications
              </p>
            ) : null}
          </div>
          <OpenCallsList calls={calls} />
        </section>
      </main>
      <footer className="border-t border-ink-200 bg-white">
        <p className="mx-auto max-w-5xl px-4 py-4 text-xs text-ink-500 sm:px-6">
          Times are Hong Kong time (HKT, UTC+8). Amounts are in Hong Kong dollars.
        </p>
      </footer>
    </div>
  );
}
