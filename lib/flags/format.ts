import type { Flag } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A UTC timestamp as a day researchers read the same everywhere (no locale, no time zone drift).
 * @example formatDay('2026-03-12T09:30:00.000Z') // '12 Mar 2026'
 */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * The researcher a name stands for, or a placeholder when settings had none.
 * @example researcherName('') // 'an unnamed researcher'
 */
export function researcherName(researcherId: string): string {
  return researcherId.trim() || 'an unnamed researcher';
}

/**
 * The "already flagged" line of the popup and the badge title.
 * @example flaggedLine(flag) // 'Flagged on 12 Mar 2026 by anna.k'
 */
export function flaggedLine(flag: Flag): string {
  const first = flag.observations[0]!;
  const more = flag.observations.length > 1 ? ` (${flag.observations.length} observations)` : '';
  return `Flagged on ${formatDay(first.capturedAt)} by ${researcherName(first.capturedBy.researcherId)}${more}`;
}
