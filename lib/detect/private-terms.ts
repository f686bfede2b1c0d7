import type { Matcher } from '@/lib/matching/matcher';

/** How a custom term's entry is named when compiled (lib/dictionary/custom-terms.ts): `custom-<…>`. */
const CUSTOM_ENTRY = /^custom-/;

const spellingKey = (lang: unknown, text: unknown) =>
  `${String(lang)}:${String(text).replace(/\s+/g, ' ').trim().toLowerCase()}`;

/**
 * The matcher's terms that come from the researcher's private watch-list:
 * every term of an entry only custom terms made (a code word, a new taxon),
 * and every spelling a custom term added to a listed taxon. Read from the
 * stored list as it is (`customTerms` in storage.local), without its schema,
 * which the content script does not load; anything unreadable counts as none.
 * A bundled name spelt like a custom term counts as private too: hiding it
 * tells a page nothing, painting the custom one would.
 * @example privateTermsOf(matcher, (await storage.local.get(CUSTOM_TERMS_KEY))[CUSTOM_TERMS_KEY])
 */
export function privateTermsOf(matcher: Pick<Matcher, 'terms' | 'entries'>, stored: unknown): ReadonlySet<number> {
  const custom = new Set(
    (Array.isArray(stored) ? stored : [])
      .filter((term): term is { text: unknown; lang: unknown } => typeof term === 'object' && term !== null)
      .map((term) => spellingKey(term.lang, term.text)),
  );
  // Custom entries are compiled from custom terms only: without a stored one (most researchers) neither entries
  // nor terms need be read, which with the full checklist spares a tab decoding ~40,000 entries and ~90,000 terms.
  if (custom.size === 0) return new Set();
  const customEntries = new Set<number>();
  matcher.entries.forEach((entry, index) => {
    if (CUSTOM_ENTRY.test(entry.id)) customEntries.add(index);
  });
  const terms = new Set<number>();
  matcher.terms.forEach((term, index) => {
    if (customEntries.has(term.entry) || custom.has(spellingKey(term.lang, term.text))) terms.add(index);
  });
  return terms;
}

/**
 * Whether a match is kept off the page: one of its terms is private and the
 * researcher has not asked to see private terms on this page. `CSS.highlights`
 * is shared with the page, so a painted private term would tell it the watch-list.
 */
export const hidesMatch = (privateTerms: ReadonlySet<number>) => (terms: readonly number[]) =>
  privateTerms.size > 0 && terms.some((term) => privateTerms.has(term));
