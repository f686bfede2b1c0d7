import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browserTranslate } from '@/lib/browser/i18n';
import { startHoverCard, type HoverCardFactory } from '@/lib/detect/match-card';
import { MATCH_CARD_GLOBAL } from '@/lib/detect/lazy-match-card';

// Injected into a frame when it first paints a highlight (lib/detect/lazy-match-card.ts): the hover watcher, the
// card's code and its labels stay out of the content script every frame of every page evaluates.
export default defineUnlistedScript(() => {
  const factory: HoverCardFactory = (options) => startHoverCard(options, browserTranslate);
  Object.assign(globalThis, { [MATCH_CARD_GLOBAL]: factory });
});
