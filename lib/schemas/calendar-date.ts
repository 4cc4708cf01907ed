/**
 * True for a "YYYY-MM-DD" day that exists. `Date.parse` alone is not enough: it rolls
 * 30 February over into 2 March, so the app would store another day than the one typed
 * (found by tests/integration/fuzz). Years 1000-9999 only: a four-digit year.
 */
export function isRealCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
