/** A record's name in the interface language: the Chinese name in zh locales when there is one. */
export function localName(locale: string, name: string, nameZh?: string | null): string {
  return locale !== "en" && nameZh ? nameZh : name;
}
