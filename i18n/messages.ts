import fs from "node:fs";
import path from "node:path";
import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "./locales";

/**
 * Interface strings live in `messages/<locale>/<namespace>.json`, one file per namespace, so each
 * area of the app keeps its own catalogue. They are read from disk once per locale (on every
 * request in development, so an edited file shows at once).
 */
const MESSAGES_DIRECTORY = path.join(process.cwd(), "messages");
const cache = new Map<Locale, AbstractIntlMessages>();

export function loadMessages(locale: Locale): AbstractIntlMessages {
  const cached = process.env.NODE_ENV === "production" ? cache.get(locale) : undefined;
  if (cached) return cached;
  const directory = path.join(MESSAGES_DIRECTORY, locale);
  const messages: AbstractIntlMessages = {};
  for (const file of fs.readdirSync(directory).sort()) {
    if (!file.endsWith(".json")) continue;
    const namespace = file.slice(0, -".json".length);
    messages[namespace] = JSON.parse(
      fs.readFileSync(path.join(directory, file), "utf8"),
    ) as AbstractIntlMessages;
  }
  cache.set(locale, messages);
  return messages;
}

/** Namespaces the browser needs whatever the page: the shell and shared UI. */
const SHELL_NAMESPACES = new Set(["common", "language", "header", "nav", "roles"]);

/**
 * Only these reach the browser: the shell's namespaces and every namespace whose file name ends
 * in `Client` (strings used by client components). Server components read the rest on the
 * server, so a page does not ship every catalogue in its payload.
 */
export function isClientNamespace(namespace: string): boolean {
  return SHELL_NAMESPACES.has(namespace) || namespace.endsWith("Client");
}

export function pickClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(
    Object.entries(messages).filter(([namespace]) => isClientNamespace(namespace)),
  );
}
