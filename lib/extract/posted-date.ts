import { AGO_AFTER, AGO_BEFORE, DAY_WORDS, MONTHS, NOT_POSTED, ONE_WORDS, UNITS, type Unit } from './date-words';

/** When an ad was posted: an ISO date (or a UTC time to the minute), and the page's words. */
export interface PostedDate {
  postedAt: string;
  postedText: string;
}

export interface DateHints {
  /** The page's language ("fr", "en-US"): "hier" is French for yesterday, German for here. */
  lang?: string;
  /** Month before day in numeric dates (03/12/2024), as in the United States. */
  monthFirst?: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');
const dateOnly = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const utcMinute = (date: Date) => (Number.isNaN(date.getTime()) ? undefined : `${date.toISOString().slice(0, 16)}Z`);
const fold = (text: string) => text.toLowerCase().replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim();
const phrase = (words: string) => new RegExp(`(?<![\\p{L}'])${words.replace(/ /g, '\\s')}(?![\\p{L}])`, 'u');

/** "à 14h30", "um 14:30", "в 14:30", ", 2:30 pm": a time right after a date. */
const TIME = /^\s*(?:,|à|a|at|um|om|o|в|alle|a las|kl\.?|klockan|-|—|·)?\s*(\d{1,2})[:h](\d{2})(?:\s*([ap])\.?m\.?)?/iu;

function timeAfter(rest: string): [hours: number, minutes: number] | undefined {
  const match = TIME.exec(rest);
  if (!match) return undefined;
  let hours = Number(match[1]);
  if (match[3]?.toLowerCase() === 'p' && hours < 12) hours += 12;
  if (match[3]?.toLowerCase() === 'a' && hours === 12) hours = 0;
  return hours < 24 && Number(match[2]) < 60 ? [hours, Number(match[2])] : undefined;
}

/** A calendar day in local time, with the time the page gave, if any; undefined if no such day. */
function dayAt(year: number, month: number, day: number, time?: [number, number]): string | undefined {
  const date = new Date(year, month - 1, day, time?.[0] ?? 12, time?.[1] ?? 0);
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return time ? utcMinute(date) : dateOnly(date);
}

function relativeDay(text: string, now: Date, hints: DateHints): string | undefined {
  for (const [words, daysBack] of DAY_WORDS) {
    const match = phrase(words).exec(text);
    if (!match) continue;
    const time = timeAfter(text.slice(match.index + match[0].length));
    // German and Dutch "hier" means "here": only French pages (or a time after it) make it yesterday.
    if (words === 'hier' && !time && hints.lang && !hints.lang.startsWith('fr')) continue;
    return dayAt(now.getFullYear(), now.getMonth() + 1, now.getDate() - daysBack, time);
  }
  return undefined;
}

const UNIT_MS: Partial<Record<Unit, number>> = { minute: 60_000, hour: 3_600_000 };

function ago(now: Date, amount: number, unit: Unit): string | undefined {
  const ms = UNIT_MS[unit];
  if (ms) return utcMinute(new Date(now.getTime() - amount * ms));
  const [y, m, d] = [now.getFullYear(), now.getMonth(), now.getDate()];
  if (unit === 'day') return dateOnly(new Date(y, m, d - amount, 12));
  if (unit === 'week') return dateOnly(new Date(y, m, d - 7 * amount, 12));
  if (unit === 'month') return dateOnly(new Date(y, m - amount, d, 12));
  return dateOnly(new Date(y - amount, m, d, 12));
}

/** "il y a 3 jours", "vor einem Tag", "2 godz. temu", "час назад", "för 3 dagar sedan". */
function relativeAmount(text: string, now: Date): string | undefined {
  // "un'ora" is two words, and "3d" a number and a unit.
  const tokens = [...text.matchAll(/[\p{L}]+'?|\d+/gu)];
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index][0];
    const next = tokens[index + 1]?.[0];
    let amount: number | undefined;
    let unitAt = index + 1;
    if (/^\d+$/.test(word) && next && UNITS[next]) amount = Number(word);
    else if (ONE_WORDS.has(word) && next && UNITS[next]) amount = 1;
    else if (UNITS[word] && word.length > 2 && AGO_AFTER.includes(next ?? '')) [amount, unitAt] = [1, index];
    if (amount === undefined || amount > 400) continue;
    const before = text.slice(0, tokens[index].index).trimEnd();
    const after = tokens[unitAt + 1]?.[0] ?? '';
    const relative = AGO_AFTER.includes(after) || AGO_BEFORE.some((words) => phrase(`${words}$`).test(before));
    if (relative) return ago(now, amount, UNITS[tokens[unitAt][0]]);
  }
  return undefined;
}

const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?/i;
const NUMERIC = /(?<!\d)(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?!\d)/;
const DAY_MONTH = /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s?(?:de\s)?([\p{L}]+)\.?(?:,?\s(?:de\s)?(\d{4}))?/gu;
const MONTH_DAY = /(?<![\p{L}])([\p{L}]+)\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}))?(?!\d)/gu;

/** The year of a "12 mars" without one: this year, unless that lies in the future. */
function yearOf(written: string | undefined, month: number, day: number, now: Date): number {
  if (written) return written.length === 2 ? 2000 + Number(written) : Number(written);
  const thisYear = new Date(now.getFullYear(), month - 1, day);
  return thisYear.getTime() > now.getTime() + 86_400_000 ? now.getFullYear() - 1 : now.getFullYear();
}

function absolute(text: string, now: Date, hints: DateHints): string | undefined {
  const iso = ISO.exec(text);
  if (iso) {
    // "-0800" as "-08:00": not every engine reads an offset without its colon.
    if (iso[6])
      return utcMinute(
        new Date(
          iso[0]
            .toUpperCase()
            .replace(' ', 'T')
            .replace(/([+-]\d{2})(\d{2})$/, '$1:$2'),
        ),
      );
    return dayAt(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4] ? [Number(iso[4]), Number(iso[5])] : undefined);
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    let [day, month] = [Number(numeric[1]), Number(numeric[3])];
    if ((hints.monthFirst && day <= 12) || month > 12) [day, month] = [month, day];
    const time = timeAfter(text.slice(numeric.index + numeric[0].length));
    return dayAt(yearOf(numeric[4], month, day, now), month, day, time);
  }
  for (const [pattern, dayGroup, monthGroup] of [
    [DAY_MONTH, 1, 2],
    [MONTH_DAY, 2, 1],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const month = MONTHS[match[monthGroup]];
      if (!month) continue;
      const day = Number(match[dayGroup]);
      const time = timeAfter(text.slice(match.index + match[0].length));
      return dayAt(yearOf(match[3], month, day, now), month, day, time);
    }
  }
  return undefined;
}

/**
 * When an ad was posted, from the words a page shows: relative ("il y a 3 jours", "vor 2 Tagen",
 * "вчера", "2 godz. temu") computed from `now` (the capture time) in the browser's time zone,
 * or a written date ("12.03.2024", "12 mars 2024 à 14h30"). A day gives an ISO date; a time gives
 * a UTC time to the minute. Dates a seller joined or an animal hatched are not posting dates.
 * @example readPostedDate('il y a 3 jours', new Date(2026, 2, 12, 10)) // { postedAt: '2026-03-09', postedText: 'il y a
 * 3 jours' }
 */
export function readPostedDate(text: string, now: Date, hints: DateHints = {}): PostedDate | undefined {
  const postedText = text.replace(/\s+/g, ' ').trim().slice(0, 80);
  const folded = fold(postedText);
  if (!folded || NOT_POSTED.test(folded)) return undefined;
  const postedAt = relativeAmount(folded, now) ?? relativeDay(folded, now, hints) ?? absolute(folded, now, hints);
  if (!postedAt || Date.parse(postedAt) > now.getTime() + 86_400_000) return undefined;
  if (Number(postedAt.slice(0, 4)) < 1995) return undefined;
  return { postedAt, postedText };
}
