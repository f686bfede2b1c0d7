import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browserTranslate } from '@/lib/browser/i18n';
import { createMatchCard, type MatchCardFactory } from '@/lib/detect/match-card';
import { MATCH_CARD_GLOBAL } from '@/lib/detect/lazy-match-card';

// Injected into a frame on its first hover over a highlight (lib/browser/detect-service.ts): the card's code
// and its labels stay out of the content script every frame of every page evaluates.
export default defineUnlistedScript(() => {
  const factory: MatchCardFactory = (doc, matcher) => createMatchCard(doc, browserTranslate, matcher);
  Object.assign(globalThis, { [MATCH_CARD_GLOBAL]: factory });
});
