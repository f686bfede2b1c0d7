import type { Translate } from '@/lib/i18n/translate';
import { watchHover, type HoverOptions } from '@/lib/highlight/hover';
import { createHoverCard } from '@/lib/highlight/hover-card';
import type { PaintedMatch } from '@/lib/highlight/painter';
import type { Matcher } from '@/lib/matching/matcher';
import { describeExempt, describeMatch, taxonNames } from './describe';
import { nextMatch } from './next-match';

/** The hover card of painted matches: says what the word under the pointer is. */
export interface MatchCard {
  /** Shows what a match stands for, under (or above) its range; `focus`: as a focused dialog (the keyboard's way). */
  show(match: PaintedMatch, focus?: boolean): void;
  hide(): void;
  /** Whether an element is the card's host, so scanning and observing leave it alone. */
  owns(element: Element): boolean;
  /** Whether a point of the window is on the card shown. */
  covers(x: number, y: number): boolean;
}

/** What a frame's hover card watches: the painter's matches under the pointer, while not concealed. */
export interface HoverCardOptions extends Omit<HoverOptions, 'onChange' | 'holds'> {
  matcher: Pick<Matcher, 'entries' | 'terms'>;
  /** Whether the highlights are off the page for a screenshot: no card meanwhile. */
  concealed(): boolean;
  /** Whether the page's own rules restyle Spoor's highlights (lib/highlight/paint-guard.ts): the card says so. */
  restyled?(): boolean;
}

/**
 * A frame's hover card once started: the content script hides it, leaves its host alone, and opens it on the next
 * painted name from the keyboard.
 */
export interface HoverCard extends Pick<MatchCard, 'hide' | 'owns'> {
  /**
   * Opens the card of the painted name after the last one opened so (or the first in view), focused: see nextMatch;
   * false when there is no name to open.
   */
  next(): boolean;
}

/** What the injected hover-card script leaves for the content script (see lazy-match-card.ts). */
export type HoverCardFactory = (options: HoverCardOptions) => HoverCard;

/**
 * Watches the pointer over painted matches and shows the card of the one under it.
 * @example const options = { doc: document, matcher, painter, shadowRoots: () => [], concealed: () => false, signal };
 *          startHoverCard(options, t);
 */
export function startHoverCard(options: HoverCardOptions, t: Translate): HoverCard {
  const card = createMatchCard(options.doc, t, options.matcher, options.restyled);
  watchHover({
    ...options,
    holds: card.covers,
    onChange: (match) => (match && !options.concealed() ? card.show(match) : card.hide()),
  });
  let opened: PaintedMatch | undefined;
  return {
    hide: card.hide,
    owns: card.owns,
    next() {
      const match = options.concealed() ? undefined : nextMatch(options.painter.painted(), opened);
      if (!match) return false;
      opened = match;
      const { top, bottom } = match.range.getBoundingClientRect();
      if (top < 0 || bottom > options.doc.documentElement.clientHeight) {
        match.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      }
      card.show(match, true);
      return true;
    },
  };
}

/**
 * The hover card for a matcher's matches, its labels from `t`.
 * @example const card = createMatchCard(document, browserTranslate, matcher); card.show(paintedMatch);
 */
export function createMatchCard(
  doc: Document,
  t: Translate,
  matcher: Pick<Matcher, 'entries' | 'terms'>,
  restyled: () => boolean = () => false,
): MatchCard {
  const card = createHoverCard(doc, t);
  let shown: PaintedMatch | undefined;
  let focused = false;
  const show = (match: PaintedMatch, focus = false) => {
    shown = match;
    focused = focus;
    card.show(
      match.exempt ? [describeExempt(match.exempt)] : describeMatch(match.terms, matcher, nameOf),
      match.range.getBoundingClientRect(),
      focus,
      restyled() ? t('hoverPaintRestyled') : undefined,
    );
  };
  // A card shown with ids for names is shown again once the names are read.
  const nameOf = taxonNames(matcher, () => shown && show(shown, focused));
  return {
    show,
    hide() {
      shown = undefined;
      card.hide();
    },
    owns: card.owns,
    covers: card.covers,
  };
}
