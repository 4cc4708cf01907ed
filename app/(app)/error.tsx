"use client";

import { ErrorNotice } from "@/lib/errors/unavailable-notice";

/**
 * Errors inside the signed-in app: the tenant shell's pages. While PostgreSQL cannot be reached
 * the reader sees "Service unavailable — try again in a minute" and the page comes back by
 * itself; any other failure shows "Something went wrong" with its reference.
 */
export default function AppErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
