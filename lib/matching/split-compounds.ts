import type { Lang, Term } from '@/lib/dictionary/schema';

/** Languages whose names are compounds that sellers also write apart ("Gelbhauben Kakadu", "doodshoofd aapjes"). */
const COMPOUNDING_LANGS: ReadonlySet<Lang> = new Set(['de', 'nl']);
/** Letters the part before the head keeps: "Smaragd", "Panther"; shorter ones are too often a word of their own. */
const MIN_MODIFIER_LETTERS = 4;
/** Letters a head needs: "boa", "aap", "Ara"; "Ur" or "Aa" would split half the dictionary. */
const MIN_HEAD_LETTERS = 3;

/**
 * The heads a compound name may end in: every single-word name of a compounding language, lower-cased, by
 * language ("kakadu", "boa", "aap", "chamäleon").
 */
export function compoundHeads(terms: Iterable<Term>): ReadonlyMap<Lang, ReadonlySet<string>> {
  const heads = new Map<Lang, Set<string>>();
  for (const { text, lang } of terms) {
    if (!COMPOUNDING_LANGS.has(lang) || !/^\p{L}+$/u.test(text) || text.length < MIN_HEAD_LETTERS) continue;
    const set = heads.get(lang) ?? new Set<string>();
    heads.set(lang, set);
    set.add(text.toLocaleLowerCase(lang));
  }
  return heads;
}

/**
 * A German or Dutch compound name written as two words, split before a head that is itself a name of the same
 * language: "Gelbhaubenkakadu" → "Gelbhauben kakadu", "Smaragdboa" → "Smaragd boa", "Pantherchamäleon" →
 * "Panther chamäleon", and before a Dutch diminutive of one ("doodshoofdaapje" → "doodshoofd aapje"). Single-word
 * names only; the two words must stand together, as the compound's own parts.
 *
 * @example
 * splitCompound({ text: 'Smaragdboa', lang: 'nl' }, new Map([['nl', new Set(['boa'])]]))
 * // { text: 'Smaragd boa', lang: 'nl' }
 */
export function splitCompound(term: Term, heads: ReadonlyMap<Lang, ReadonlySet<string>>): Term | undefined {
  const { text, lang } = term;
  const langHeads = heads.get(lang);
  if (!langHeads || !/^\p{L}+$/u.test(text)) return undefined;
  const lower = text.toLocaleLowerCase(lang);
  for (let at = MIN_MODIFIER_LETTERS; at <= text.length - MIN_HEAD_LETTERS; at++) {
    const tail = lower.slice(at);
    if (langHeads.has(tail) || (lang === 'nl' && langHeads.has(tail.replace(/t?je$/u, ''))))
      return {
        text: `${text.slice(0, at)} ${text.slice(at)}`,
        lang,
        ...(term.match && { match: term.match }),
        ...(term.inflect !== undefined && { inflect: term.inflect }),
      };
  }
  return undefined;
}
