/**
 * The name to show in the interface language: the Chinese name from the record in a Chinese
 * locale when there is one, else the English name.
 */
export function localName(locale: string, record: { name: string; nameZh?: string | null }) {
  return locale.startsWith("zh") && record.nameZh ? record.nameZh : record.name;
}
