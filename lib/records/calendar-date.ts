/**
 * Whether an ISO 8601 date (or date and time) names a day that exists: 2026-02-28 does, 2026-02-30 and 2026-13-01
 * do not (a page's "30.02.2026", or a forged batch).
 * @example isCalendarDate('2028-02-29T10:00Z') // true; isCalendarDate('2026-02-29') // false
 */
export function isCalendarDate(text: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
