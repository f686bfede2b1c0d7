import type { Matcher } from '@/lib/matching/matcher';
import type { PaintedMatch } from '@/lib/highlight/painter';
import type { MatchCard, MatchCardFactory } from './match-card';
import { onDemand, onDemandFile, onDemandGlobal } from './on-demand';

/**
 * The file the background injects into a frame on its first hover over a
 * highlight (entrypoints/hover-card.ts): the card, its labels and styles stay
 * out of the script every frame of every page evaluates (issue 14). It leaves
 * a MatchCardFactory under MATCH_CARD_GLOBAL in the extension's isolated world,
 * out of the page's reach.
 */
export const MATCH_CARD_FILE = onDemandFile('hover-card');
export const MATCH_CARD_GLOBAL = onDemandGlobal('hover-card');

/**
 * A hover card whose code is loaded on the first `show`. Until it arrives the
 * last match asked for is remembered, and shown then unless `hide` came in
 * between (the pointer left, the page scrolled, the highlights were
 * concealed). A failed load is tried again on the next hover.
 * @example const card = lazyMatchCard(document, matcher, () => loadFactory()); card.show(match);
 */
export function lazyMatchCard(
  doc: Document,
  matcher: Pick<Matcher, 'entries' | 'terms'>,
  load: () => Promise<MatchCardFactory>,
): MatchCard {
  let card: MatchCard | undefined;
  let wanted: PaintedMatch | undefined;
  const factory = onDemand(load, {
    arrived(create) {
      card = create(doc, matcher);
      if (wanted) card.show(wanted);
      wanted = undefined;
    },
  });
  return {
    show(match) {
      if (card) return card.show(match);
      wanted = match;
      factory.request();
    },
    hide() {
      wanted = undefined;
      card?.hide();
    },
    owns: (element) => card?.owns(element) ?? false,
  };
}
