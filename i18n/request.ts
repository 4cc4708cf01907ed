import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { HONG_KONG_TIME_ZONE } from "@/lib/domain/dates";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";
import { loadMessages } from "./messages";

/**
 * The request's language: the switch's cookie on this browser, else the choice saved on the
 * signed-in account (so it follows the user to a new device; getCurrentUser is memoised per
 * request, so this costs no extra query), else the browser's Accept-Language.
 */
export async function resolveRequestLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const saved = (await getCurrentUser())?.locale;
  if (isLocale(saved) && saved !== "en") return saved;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveRequestLocale();
  return {
    locale,
    timeZone: HONG_KONG_TIME_ZONE,
    messages: loadMessages(locale),
  };
});
