"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

function referenceOf(error: unknown): string | null {
  if (
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    typeof error.digest === "string"
  ) {
    return error.digest;
  }
  return null;
}

/** The fallback for unexpected errors: no details, only a reference to match the server log. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = referenceOf(error);
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="flex min-h-[60dvh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <h1 className="text-2xl font-semibold text-ink-900">Something went wrong</h1>
        <p className="mt-2 text-ink-600">
          We could not show this page. Try again; if it keeps happening, contact support
          {reference ? " and quote the reference below" : ""}.
        </p>
        {reference ? (
          <p className="mt-4 text-sm text-ink-500">
            Reference:{" "}
            <code className="rounded bg-ink-100 px-1.5 py-0.5 font-mono text-ink-800">
              {reference}
            </code>
          </p>
        ) : null}
        <Button className="mt-6" onClick={() => retry()}>
          Try again
        </Button>
      </div>
    </main>
  );
}
