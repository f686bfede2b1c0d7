import type { Translate } from '@/lib/i18n/translate';
import { createHoverCard } from '@/lib/highlight/hover-card';
import type { PaintedMatch } from '@/lib/highlight/painter';
import type { Matcher } from '@/lib/matching/matcher';
import { describeExempt, describeMatch, taxonNames } from './describe';

/** The hover card of painted matches: says what the word under the pointer is. */
export interface MatchCard {
  /** Shows what a match stands for, under (or above) its range. */
  show(match: PaintedMatch): void;
  hide(): void;
  /** Whether an element is the card's host, so scanning and observing leave it alone. */
  owns(element: Element): boolean;
}

/** What the injected hover-card script leaves for the content script (see lazy-match-card.ts). */
export type MatchCardFactory = (doc: Document, matcher: Pick<Matcher, 'entries' | 'terms'>) => MatchCard;

/**
 * The hover card for a matcher's matches, its labels from `t`.
 * @example const card = createMatchCard(document, browserTranslate, matcher); card.show(paintedMatch);
 */
export function createMatchCard(doc: Document, t: Translate, matcher: Pick<Matcher, 'entries' | 'terms'>): MatchCard {
  const card = createHoverCard(doc, t);
  const nameOf = taxonNames(matcher);
  return {
    show: (match) =>
      card.show(
        match.exempt ? [describeExempt(match.exempt)] : describeMatch(match.terms, matcher, nameOf),
        match.range.getBoundingClientRect(),
      ),
    hide: card.hide,
    owns: card.owns,
  };
}
