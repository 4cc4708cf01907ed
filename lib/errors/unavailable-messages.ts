import { LOCALE_COOKIE, isLocale, type Locale } from "@/i18n/locales";

/**
 * The error pages' strings. They are kept here rather than in messages/ because an error page
 * must render when the root layout (and so the next-intl provider) failed too.
 */
export const ERROR_PAGE_MESSAGES: Record<
  Locale,
  {
    unavailableTitle: string;
    unavailableBody: string;
    unavailableRecovering: string;
    failedTitle: string;
    failedBody: string;
    failedBodyWithReference: string;
    reference: string;
    tryAgain: string;
  }
> = {
  en: {
    unavailableTitle: "Service unavailable",
    unavailableBody:
      "The database is not reachable right now. Nothing you sent was half-saved. Try again in a minute.",
    unavailableRecovering: "This page reloads by itself as soon as the service is back.",
    failedTitle: "Something went wrong",
    failedBody: "We could not show this page. Try again; if it keeps happening, contact support.",
    failedBodyWithReference:
      "We could not show this page. Try again; if it keeps happening, contact support and quote the reference below.",
    reference: "Reference:",
    tryAgain: "Try again",
  },
  "zh-HK": {
    unavailableTitle: "服務暫時無法使用",
    unavailableBody: "暫時無法連接資料庫。你送出的資料不會只儲存一半。請於一分鐘後再試。",
    unavailableRecovering: "服務恢復後，此頁會自動重新載入。",
    failedTitle: "發生錯誤",
    failedBody: "我們無法顯示此頁。請再試一次；如問題持續，請聯絡支援團隊。",
    failedBodyWithReference:
      "我們無法顯示此頁。請再試一次；如問題持續，請聯絡支援團隊並提供以下參考編號。",
    reference: "參考編號：",
    tryAgain: "再試一次",
  },
  "zh-CN": {
    unavailableTitle: "服务暂时不可用",
    unavailableBody: "暂时无法连接数据库。你提交的数据不会只保存一半。请一分钟后再试。",
    unavailableRecovering: "服务恢复后，此页面会自动重新加载。",
    failedTitle: "出错了",
    failedBody: "我们无法显示此页面。请重试；如问题持续，请联系支持团队。",
    failedBodyWithReference:
      "我们无法显示此页面。请重试；如问题持续，请联系支持团队并提供以下参考编号。",
    reference: "参考编号：",
    tryAgain: "重试",
  },
};

/** The reader's language in the browser: the language switch's cookie, else the page's `lang`. */
export function errorPageLocale(): Locale {
  if (typeof document === "undefined") return "en";
  const chosen = document.cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(chosen)) return chosen;
  const lang = document.documentElement.lang || navigator.language;
  if (/^zh-(CN|SG|Hans)/i.test(lang)) return "zh-CN";
  if (/^zh/i.test(lang)) return "zh-HK";
  return "en";
}
