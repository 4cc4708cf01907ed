"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { Locale } from "@/i18n/locales";
import { ERROR_PAGE_MESSAGES, errorPageLocale } from "@/lib/errors/unavailable-messages";

// In production a server component's error reaches the browser as a digest only, so the page
// cannot read "database unavailable" from it: it asks /api/health, which answers in ≤ 1.5 s.
const HEALTH_URL = "/api/health";
const RECHECK_MS = 5_000;
// A tab left open on the notice stops asking after this long (the button still works).
const RECHECK_FOR_MS = 10 * 60_000;

type State = "checking" | "unavailable" | "failed";

function referenceOf(error: unknown): string | null {
  const digest =
    typeof error === "object" && error !== null ? Reflect.get(error, "digest") : undefined;
  return typeof digest === "string" ? digest : null;
}

async function isDatabaseDown(): Promise<boolean> {
  try {
    const response = await fetch(HEALTH_URL, { cache: "no-store" });
    if (response.status === 503) return true;
    return !response.ok;
  } catch {
    // The server itself did not answer: as unavailable to the reader.
    return true;
  }
}

const noSubscription = () => () => {};

/**
 * The body of every error page: "Service unavailable — the database is not reachable, try
 * again in a minute" while /api/health says the database is down (and a reload by itself once
 * it is back), otherwise "Something went wrong" with the reference of the server log.
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore<Locale>(noSubscription, errorPageLocale, () => "en");
  const t = ERROR_PAGE_MESSAGES[locale];
  const reference = referenceOf(error);
  const [state, setState] = useState<State>("checking");

  useEffect(() => {
    console.error(error);
  }, [error]);

  useEffect(() => {
    let isActive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startedAt = Date.now();
    let wasDown = false;
    const check = async () => {
      const isDown = await isDatabaseDown();
      if (!isActive) return;
      if (isDown) {
        wasDown = true;
        setState("unavailable");
        if (Date.now() - startedAt < RECHECK_FOR_MS) timer = setTimeout(check, RECHECK_MS);
        return;
      }
      // Back up after an outage: show the page again without a click.
      if (wasDown) retry();
      else setState("failed");
    };
    void check();
    return () => {
      isActive = false;
      clearTimeout(timer);
    };
  }, [retry]);

  const isUnavailable = state === "unavailable";
  // A fraction of a second while /api/health answers: no message that may flip.
  if (state === "checking") return <main className="min-h-[60dvh]" aria-busy="true" />;
  return (
    <main className="flex min-h-[60dvh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center" role={isUnavailable ? "alert" : undefined}>
        <h1 className="text-2xl font-semibold text-ink-900">
          {isUnavailable ? t.unavailableTitle : t.failedTitle}
        </h1>
        {isUnavailable ? (
          <>
            <p className="mt-2 text-ink-600">{t.unavailableBody}</p>
            <p className="mt-2 text-sm text-ink-500">{t.unavailableRecovering}</p>
          </>
        ) : (
          <p className="mt-2 text-ink-600">
            {reference ? t.failedBodyWithReference : t.failedBody}
          </p>
        )}
        {reference && !isUnavailable ? (
          <p className="mt-4 text-sm text-ink-500">
            {t.reference}{" "}
            <code className="rounded bg-ink-100 px-1.5 py-0.5 font-mono text-ink-800">
              {reference}
            </code>
          </p>
        ) : null}
        <button
          type="button"
          className="mt-6 inline-flex h-10 items-center justify-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white shadow-sm hover:bg-brand-800"
          onClick={() => retry()}
        >
          {t.tryAgain}
        </button>
      </div>
    </main>
  );
}
