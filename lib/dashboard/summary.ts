import type { ArchiveRow } from './row';

/** One bar of a summary chart: how many ads, and how many specimens they offer. */
export interface Tally {
  /** The group, Appendix, platform, country or ISO week; '' for ads without one. */
  key: string;
  ads: number;
  /** Sum of the specimens researchers counted; ads without a count add nothing. */
  specimens: number;
}

/** The tables a coordinator would otherwise build in a spreadsheet. */
export interface ArchiveSummary {
  groups: Tally[];
  appendices: Tally[];
  platforms: Tally[];
  countries: Tally[];
  /** Every ISO week from the first capture to the last, empty weeks included, oldest first. */
  weeks: Tally[];
}

const DAY = 86_400_000;

/**
 * The ISO 8601 week of a UTC time: weeks start on Monday, and week 1 is the
 * one with the year's first Thursday, so late December can be week 1 of the
 * next year and early January week 52 or 53 of the last.
 * @example isoWeek('2026-12-31T10:00:00.000Z') // '2026-W53'
 * @example isoWeek('2024-12-30T10:00:00.000Z') // '2025-W01'
 */
export function isoWeek(iso: string): string {
  const date = new Date(iso);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const thursday = new Date(day + (3 - ((date.getUTCDay() + 6) % 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Counts ads and specimens per key. An ad with two keys (two taxa of different
 * groups) counts once under each; an ad with none counts under ''.
 * Largest first, then by key.
 */
function tally(rows: readonly ArchiveRow[], keysOf: (row: ArchiveRow) => readonly (string | undefined)[]): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const row of rows) {
    const keys = new Set(keysOf(row).map((key) => key ?? ''));
    for (const key of keys.size > 0 ? keys : ['']) {
      const entry = byKey.get(key) ?? { key, ads: 0, specimens: 0 };
      entry.ads += 1;
      entry.specimens += row.specimens ?? 0;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.ads - a.ads || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Weekly tallies with the empty weeks between the first and the last capture filled in. */
function weekly(rows: readonly ArchiveRow[]): Tally[] {
  if (rows.length === 0) return [];
  const counted = new Map(tally(rows, (row) => [isoWeek(row.firstCapturedAt)]).map((entry) => [entry.key, entry]));
  const times = rows.map((row) => Date.parse(row.firstCapturedAt));
  const last = isoWeek(new Date(Math.max(...times)).toISOString());
  const weeks: Tally[] = [];
  for (let at = Math.min(...times); ; at += 7 * DAY) {
    const key = isoWeek(new Date(at).toISOString());
    weeks.push(counted.get(key) ?? { key, ads: 0, specimens: 0 });
    if (key === last) return weeks;
  }
}

/**
 * Ads and specimens by trade group, Appendix, platform, country and ISO week
 * of first capture, over whichever rows the dashboard's filters let through.
 * @example summarise(rows).appendices // [{ key: 'I', ads: 12, specimens: 30 }, …]
 */
export function summarise(rows: readonly ArchiveRow[]): ArchiveSummary {
  return {
    groups: tally(rows, (row) => row.groups),
    appendices: tally(rows, (row) => row.appendices),
    platforms: tally(rows, (row) => [row.platform]),
    countries: tally(rows, (row) => [row.country]),
    weeks: weekly(rows),
  };
}
