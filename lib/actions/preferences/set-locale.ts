"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { actionClient } from "@/lib/actions/safe-action";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { runWithTenant } from "@/lib/tenancy/tenant-context";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";

const setLocaleSchema = z.object({
  locale: z.enum(LOCALES, { message: "Choose English, 繁體中文 or 简体中文." }),
});

/**
 * The language switch: remembered on this browser (a year-long cookie) and, when someone is
 * signed in, on their account, so it follows them to another device and to their emails.
 * Public: anyone may choose a language; a signed-in user changes only their own row.
 */
export const setLocale = actionClient
  .metadata({ name: "set-locale" })
  .inputSchema(setLocaleSchema)
  .action(async ({ parsedInput: { locale } }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: false,
      secure: process.env.NODE_ENV === "production",
    });
    const user = await getCurrentUser();
    if (user && user.locale !== locale) {
      await runWithTenant({ userId: user.id, organisationId: null }, () =>
        db.user.updateMany({ where: { id: user.id }, data: { locale } }),
      );
    }
    return { locale };
  });
