"use client";

import { ErrorNotice } from "@/lib/errors/unavailable-notice";
import "./globals.css";

/**
 * When the root layout itself fails (it reads the signed-in user's language from the database),
 * this replaces the whole document, so it brings its own <html> and <body>.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <ErrorNotice error={error} retry={retry} />
      </body>
    </html>
  );
}
