import { absoluteAppUrl } from "@/lib/email/app-url";
import { emailButton, emailHtmlFrame, escapeHtml } from "@/lib/email/html";
import { emailFormatLocale, emailMessages, type EmailLocale } from "@/lib/email/messages";

/** What an email may say about a notice: exactly what the in-app notice says, nothing more. */
export type EmailNotice = {
  title: string;
  body: string;
  link: string | null;
  organisationName: string | null;
};

export type EmailContent = { subject: string; text: string; html: string };

/** The footer every notification email ends with, in text and HTML. */
export function emailFooter(appUrl: string, locale: EmailLocale = "en") {
  const t = emailMessages(locale);
  const settingsUrl = absoluteAppUrl("/account#notifications", appUrl);
  return {
    text: `${t.footerConfidential}\n${t.footerWhy}\n${t.footerManage}: ${settingsUrl}`,
    html: `<p style="margin:0 0 6px;">${escapeHtml(t.footerConfidential)}</p><p style="margin:0;">${escapeHtml(t.footerWhy)} <a href="${escapeHtml(settingsUrl)}" style="color:#156055;">${escapeHtml(t.footerManage)}</a>.</p>`,
  };
}

/** One notice as an email of its own (recipients who chose immediate email for its kind). */
export function renderNoticeEmail(input: {
  recipientName: string;
  notice: EmailNotice;
  appUrl: string;
  locale?: EmailLocale;
}): EmailContent {
  const t = emailMessages(input.locale);
  const { notice } = input;
  const url = absoluteAppUrl(notice.link, input.appUrl);
  const footer = emailFooter(input.appUrl, input.locale);
  const from = notice.organisationName ? t.fromOrganisation(notice.organisationName) : null;
  const text = [
    t.greeting(input.recipientName),
    "",
    notice.title,
    ...(from ? [from] : []),
    "",
    notice.body,
    "",
    `${t.open}: ${url}`,
    "",
    "-- ",
    t.signature,
    footer.text,
  ].join("\n");
  const html = emailHtmlFrame(
    [
      `<p style="margin:0 0 16px;">${escapeHtml(t.greeting(input.recipientName))}</p>`,
      `<h1 style="margin:0;font-size:18px;line-height:1.35;color:#111827;">${escapeHtml(notice.title)}</h1>`,
      from ? `<p style="margin:4px 0 0;font-size:13px;color:#6b7280;">${escapeHtml(from)}</p>` : "",
      `<p style="margin:16px 0 0;white-space:pre-line;">${escapeHtml(notice.body)}</p>`,
      emailButton(url, t.open),
    ].join("\n"),
    footer.html,
    emailFormatLocale(input.locale),
  );
  return { subject: notice.title, text, html };
}
