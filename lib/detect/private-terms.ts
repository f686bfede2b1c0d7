import { PRIVATE, UNSHOWN, type HidesMatch } from './scan-block';
import { unshown } from './unshown';
import type { Matcher } from '@/lib/matching/matcher';

/** How a custom term's entry is named when compiled (lib/dictionary/custom-terms.ts): `custom-<…>`. */
const CUSTOM_ENTRY = /^custom-/;

const spellingKey = (lang: unknown, text: unknown) =>
  `${String(lang)}:${String(text).replace(/\s+/g, ' ').trim().toLowerCase()}`;

/**
 * Whether a matcher's term comes from the researcher's private watch-list:
 * every term of an entry only custom terms made (a code word, a new taxon),
 * and every spelling a custom term added to a listed taxon. Read from the
 * stored list as it is (`customTerms` in storage.local), without its schema,
 * which the content script does not load; anything unreadable counts as none.
 * A bundled name spelt like a custom term counts as private too: hiding it
 * tells a page nothing, painting the custom one would. Each term is judged when
 * a match first names it: a tab reads the terms and entries its matches point
 * at, not the list (lib/matching/pack/paged-text.ts).
 * @example privateTermsOf(matcher, (await storage.local.get(CUSTOM_TERMS_KEY))[CUSTOM_TERMS_KEY])(12) // false
 */
export function privateTermsOf(
  matcher: Pick<Matcher, 'terms' | 'entries'>,
  stored: unknown,
): (term: number) => boolean {
  const custom = new Set(
    (Array.isArray(stored) ? stored : [])
      .filter((term): term is { text: unknown; lang: unknown } => typeof term === 'object' && term !== null)
      .map((term) => spellingKey(term.lang, term.text)),
  );
  // Custom entries are compiled from custom terms only: without a stored one (most researchers) no term is read.
  if (custom.size === 0) return () => false;
  const judged = new Map<number, boolean>();
  return (index) => {
    let isPrivate = judged.get(index);
    if (isPrivate === undefined) {
      const term = matcher.terms[index]!;
      isPrivate = CUSTOM_ENTRY.test(matcher.entries[term.entry]!.id) || custom.has(spellingKey(term.lang, term.text));
      judged.set(index, isPrivate);
    }
    return isPrivate;
  };
}

/**
 * Whether a match is kept off the page: one of its terms is private and the
 * researcher has not asked to see private terms on this page. `CSS.highlights`
 * is shared with the page, so a painted private term would tell it the watch-list.
 */
export const hidesMatch = (isPrivate: (term: number) => boolean) => (terms: readonly number[]) =>
  terms.some(isPrivate) && PRIVATE;

/**
 * What the second stage answers for every match (second-stage.ts' `hides`): text the page hides first (UNSHOWN),
 * then private terms (PRIVATE) unless the researcher asked to see them.
 * @example secondStageHides(matcher, stored, () => false)(terms, range, nodes) // UNSHOWN, PRIVATE or false
 */
export const secondStageHides = (
  matcher: Pick<Matcher, 'terms' | 'entries'>,
  stored: unknown,
  privateShown: () => boolean,
  isUnshown = unshown,
): HidesMatch => {
  const isPrivate = hidesMatch(privateTermsOf(matcher, stored));
  return (terms, range, nodes) => (isUnshown(range, nodes) && UNSHOWN) || (!privateShown() && isPrivate(terms));
};
