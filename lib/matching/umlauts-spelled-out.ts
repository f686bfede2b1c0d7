import type { Term } from '@/lib/dictionary/schema';

const SPELLED_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * A German name as a keyboard without umlauts writes it, the way German spells them out ("Baerengalle",
 * "Schildkroete", "Graupapageienhaelfte"); undefined when the name has no umlaut. Folding alone drops the dots
 * ("Bärengalle" → "barengalle"), which the spelled-out "ae" never meets.
 * @example umlautsSpelledOut({ text: 'Bärengalle', lang: 'de' }) // { text: 'Baerengalle', lang: 'de' }
 */
export function umlautsSpelledOut(term: Term): Term | undefined {
  if (term.lang !== 'de' || !/[äöüÄÖÜ]/.test(term.text)) return undefined;
  return { ...term, text: term.text.replace(/[äöüÄÖÜ]/g, (umlaut) => SPELLED_OUT[umlaut]!) };
}
