/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break. Safe to open in Excel: a cell starting with = + - @
 * (or a tab or carriage return) is a formula to a spreadsheet, so it is prefixed with an
 * apostrophe and shows as text (OWASP "CSV injection"). Numbers are passed as numbers and never
 * prefixed, so a negative number stays a number.
 */

/** The byte order mark that makes Excel read the file as UTF-8 (Chinese names intact). */
export const UTF8_BOM = "\uFEFF";

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
