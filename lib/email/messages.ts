import { FORMAT_LOCALE, isLocale, type Locale } from "@/i18n/locales";

/**
 * Every string of the notification emails, in one place, in each interface language. The
 * email follows the language saved on the recipient's account; a notice's own title and body
 * are sent as their sender wrote them.
 */
export type EmailMessages = {
  greeting: (name: string) => string;
  fromOrganisation: (organisation: string) => string;
  open: string;
  openInbox: string;
  digestSubject: (count: number, date: string) => string;
  digestIntro: (count: number) => string;
  footerWhy: string;
  footerManage: string;
  footerConfidential: string;
  signature: string;
};

const en: EmailMessages = {
  greeting: (name) => `Dear ${name},`,
  fromOrganisation: (organisation) => `From ${organisation}`,
  open: "Open in Incubase",
  openInbox: "Open your inbox",
  digestSubject: (count, date) =>
    `Incubase daily digest, ${date}: ${count} unread ${count === 1 ? "notice" : "notices"}`,
  digestIntro: (count) =>
    `You have ${count} unread ${count === 1 ? "notice" : "notices"} since your last digest.`,
  footerWhy: "You get this email because of your notification settings in Incubase.",
  footerManage: "Choose which emails you get",
  footerConfidential:
    "Application contents, scores and documents are never sent by email: sign in to read them.",
  signature: "Incubase",
};

const zhHK: EmailMessages = {
  greeting: (name) => `${name}，你好：`,
  fromOrganisation: (organisation) => `來自${organisation}`,
  open: "在 Incubase 開啟",
  openInbox: "開啟收件匣",
  digestSubject: (count, date) => `Incubase 每日摘要（${date}）：${count} 則未讀通知`,
  digestIntro: (count) => `自上次摘要以來，你有 ${count} 則未讀通知。`,
  footerWhy: "你收到這封電郵，是因為你在 Incubase 的通知設定。",
  footerManage: "選擇你想收到哪些電郵",
  footerConfidential: "申請內容、評分及文件從不以電郵發送，請登入查看。",
  signature: "Incubase",
};

const zhCN: EmailMessages = {
  greeting: (name) => `${name}，您好：`,
  fromOrganisation: (organisation) => `来自${organisation}`,
  open: "在 Incubase 中打开",
  openInbox: "打开收件箱",
  digestSubject: (count, date) => `Incubase 每日摘要（${date}）：${count} 条未读通知`,
  digestIntro: (count) => `自上次摘要以来，您有 ${count} 条未读通知。`,
  footerWhy: "您收到这封邮件，是因为您在 Incubase 的通知设置。",
  footerManage: "选择您想收到哪些邮件",
  footerConfidential: "申请内容、评分及文件从不通过邮件发送，请登录查看。",
  signature: "Incubase",
};

const messages: Record<Locale, EmailMessages> = { en, "zh-HK": zhHK, "zh-CN": zhCN };

export type EmailLocale = Locale;

/** The email language for a saved account language; English for anything unknown. */
export function emailLocaleOf(saved: string | null | undefined): EmailLocale {
  return isLocale(saved) ? saved : "en";
}

/** The email strings in one language. */
export function emailMessages(locale: EmailLocale = "en"): EmailMessages {
  return messages[locale];
}

/** The `lang` attribute and date-formatting locale of an email. */
export function emailFormatLocale(locale: EmailLocale = "en"): string {
  return FORMAT_LOCALE[locale];
}
