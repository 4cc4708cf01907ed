import { HONG_KONG_TIME_ZONE } from "@/lib/domain/dates";
import { absoluteAppUrl } from "@/lib/email/app-url";
import { emailButton, emailHtmlFrame, escapeHtml } from "@/lib/email/html";
import { emailFormatLocale, emailMessages, type EmailLocale } from "@/lib/email/messages";
import { emailFooter, type EmailContent, type EmailNotice } from "@/lib/email/notice-email";
import type { DayGroup } from "@/lib/notifications/digest";

/** "Sun, 22 Nov 2026" (or 2026年11月22日 星期日) for a Hong Kong day key "2026-11-22". */
export function formatDigestDay(day: string, locale: EmailLocale = "en"): string {
  // Noon UTC is 20:00 in Hong Kong on the same calendar day.
  return new Intl.DateTimeFormat(emailFormatLocale(locale), {
    timeZone: HONG_KONG_TIME_ZONE,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  }).format(new Date(`${day}T12:00:00Z`));
}

/** The daily digest: one email listing a user's unread notices, grouped by Hong Kong day. */
export function renderDigestEmail(input: {
  recipientName: string;
  /** The Hong Kong day of the digest, "YYYY-MM-DD". */
  digestDay: string;
  days: DayGroup<EmailNotice>[];
  appUrl: string;
  locale?: EmailLocale;
}): EmailContent {
  const t = emailMessages(input.locale);
  const count = input.days.reduce((sum, group) => sum + group.notices.length, 0);
  const inboxUrl = absoluteAppUrl("/inbox", input.appUrl);
  const footer = emailFooter(input.appUrl, input.locale);
  const subject = t.digestSubject(count, formatDigestDay(input.digestDay, input.locale));

  const textDays = input.days.flatMap((group) => [
    "",
    formatDigestDay(group.day, input.locale),
    ...group.notices.flatMap((notice) => [
      `- ${notice.title}${notice.organisationName ? ` (${notice.organisationName})` : ""}`,
      `  ${notice.body.replaceAll("\n", "\n  ")}`,
      `  ${absoluteAppUrl(notice.link, input.appUrl)}`,
    ]),
  ]);
  const text = [
    t.greeting(input.recipientName),
    "",
    t.digestIntro(count),
    ...textDays,
    "",
    `${t.openInbox}: ${inboxUrl}`,
    "",
    "-- ",
    t.signature,
    footer.text,
  ].join("\n");

  const htmlDays = input.days
    .map(
      (group) =>
        `<h2 style="margin:20px 0 8px;font-size:13px;text-transform:uppercase;letter-spacing:0.04em;color:#6b7280;">${escapeHtml(formatDigestDay(group.day, input.locale))}</h2>\n` +
        group.notices
          .map(
            (notice) =>
              `<div style="border-top:1px solid #e5e7eb;padding:10px 0;">` +
              `<a href="${escapeHtml(absoluteAppUrl(notice.link, input.appUrl))}" style="font-weight:600;color:#156055;text-decoration:none;">${escapeHtml(notice.title)}</a>` +
              (notice.organisationName
                ? `<div style="font-size:13px;color:#6b7280;">${escapeHtml(notice.organisationName)}</div>`
                : "") +
              `<div style="margin-top:4px;white-space:pre-line;">${escapeHtml(notice.body)}</div>` +
              `</div>`,
          )
          .join("\n"),
    )
    .join("\n");
  const html = emailHtmlFrame(
    [
      `<p style="margin:0 0 8px;">${escapeHtml(t.greeting(input.recipientName))}</p>`,
      `<p style="margin:0;">${escapeHtml(t.digestIntro(count))}</p>`,
      htmlDays,
      emailButton(inboxUrl, t.openInbox),
    ].join("\n"),
    footer.html,
    emailFormatLocale(input.locale),
  );
  return { subject, text, html };
}
