/**
 * The Chinese wording of a bilingual record (a call's `titleZh`, a programme's `nameZh`) in the
 * Chinese interfaces when there is one, else the English.
 */
export function localized(locale: string, english: string, chinese: string | null | undefined) {
  return locale.startsWith("zh") && chinese ? chinese : english;
}
