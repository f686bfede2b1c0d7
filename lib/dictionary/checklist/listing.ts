import type { Appendix, EuAnnex } from '@/lib/dictionary/schema';

/**
 * What a checklist "CurrentListing" (or Species+ "Listing") value means.
 * - `listed`: the Appendix to paint with; split listings carry a note.
 * - `unlisted`: "NC" alone or an empty value. The checklist keeps such rows for
 *   taxa explicitly excluded from a listed higher taxon (domestic cat, Aloe vera,
 *   Agapornis roseicollis) or no longer listed; highlighting them would only
 *   raise false alarms, so the import skips them and counts them.
 * - `invalid`: anything else, with the reason.
 */
export type ListingReading =
  | { kind: 'listed'; appendix: Appendix; splitNote?: string }
  | { kind: 'unlisted' }
  | { kind: 'invalid'; message: string };

const APPENDICES = ['I', 'II', 'III'] as const;
type Numeral = (typeof APPENDICES)[number];

/** The schema has no three-way split: I/II/III keeps the two strictest, and the note names all three. */
const COMBINED: Record<string, Appendix> = {
  I: 'I',
  II: 'II',
  III: 'III',
  'I/II': 'I/II',
  'I/III': 'I/III',
  'II/III': 'II/III',
  'I/II/III': 'I/II',
};

function listWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Reads a listing value such as "I", "I/II" or "I/II/NC".
 * @example readListing('I/II/NC')
 * // { kind: 'listed', appendix: 'I/II', splitNote: 'Split listing: populations or subspecies in Appendices I and II,
 * some not listed.' }
 */
export function readListing(value: string): ListingReading {
  const parts = value
    .split('/')
    .map((p) => p.trim().toUpperCase())
    .filter((p) => p !== '');
  if (parts.length === 0) return { kind: 'unlisted' };
  const unknown = parts.filter((p) => p !== 'NC' && !(APPENDICES as readonly string[]).includes(p));
  if (unknown.length > 0) return { kind: 'invalid', message: `unknown listing '${value}'` };
  const numerals = APPENDICES.filter((a) => parts.includes(a));
  if (numerals.length === 0) return { kind: 'unlisted' };
  const appendix = COMBINED[numerals.join('/')]!;
  const partlyUnlisted = parts.includes('NC');
  if (numerals.length === 1 && !partlyUnlisted) return { kind: 'listed', appendix };
  const where = numerals.length > 1 ? `Appendices ${listWords(numerals)}` : `Appendix ${numerals[0]}`;
  const splitNote = `Split listing: populations or subspecies in ${where}${partlyUnlisted ? ', some not listed' : ''}.`;
  return { kind: 'listed', appendix, splitNote };
}

/** The EU annex usually matching an Appendix (Regulation 338/97 puts App. I in A, II in B, III in C). */
const ANNEX_FOR: Record<Numeral, EuAnnex> = { I: 'A', II: 'B', III: 'C' };

/**
 * A default EU annex for a taxon the checklist lists: the checklist has no annex
 * column, so the Appendix stands in (strictest part for splits; I/II becomes A/B).
 * @example annexFromAppendix('II') // 'B'
 */
export function annexFromAppendix(appendix: Appendix): EuAnnex {
  if (appendix === 'nc') return 'none';
  if (appendix === 'I/II') return 'A/B';
  return ANNEX_FOR[appendix.split('/')[0] as Numeral];
}
