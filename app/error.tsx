"use client";

import { ErrorNotice } from "@/lib/errors/unavailable-notice";

/**
 * The fallback for unexpected errors: no details, only a reference to match the server log;
 * "Service unavailable" instead while the database cannot be reached (lib/errors/unavailable-notice.tsx).
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
