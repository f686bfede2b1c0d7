import type { HoverCard, HoverCardFactory, HoverCardOptions } from './match-card';
import { nextMatch } from './next-match';
import { onDemand, onDemandFile, onDemandGlobal } from './on-demand';

/**
 * The file the background injects into a frame when it first paints a
 * highlight (entrypoints/hover-card.ts): the hover watcher, the card, its
 * labels and styles stay out of the script every frame of every page
 * evaluates (issue 14), and most frames paint nothing. It leaves a
 * HoverCardFactory under MATCH_CARD_GLOBAL in the extension's isolated world,
 * out of the page's reach.
 */
export const MATCH_CARD_FILE = onDemandFile('hover-card');
export const MATCH_CARD_GLOBAL = onDemandGlobal('hover-card');

export interface LazyHoverCard extends HoverCard {
  /**
   * Asks for the card's code (something was painted), in a task of its own; a failed load is tried again on the next
   * request.
   */
  request(): void;
}

/**
 * A hover card whose code is loaded on the first `request`. From then until
 * it arrives the pointer's last position over the page is kept and handed to
 * the watcher, so a pointer that came to rest on a highlight meanwhile gets
 * its card.
 * @example const card = lazyHoverCard({ doc, matcher, painter, shadowRoots, concealed, signal }, load);
 *          card.request(); // when the first highlight is painted
 */
export function lazyHoverCard(
  options: Omit<HoverCardOptions, 'pointer'>,
  load: () => Promise<HoverCardFactory>,
): LazyHoverCard {
  const { doc, signal } = options;
  let card: HoverCard | undefined;
  let pointer: HoverCardOptions['pointer'];
  let tracking = false;
  let asked = false;
  // The keyboard asked for the next name before the card's code was here: it opens once it is.
  let nextWanted = false;
  const waiting = new AbortController();
  const factory = onDemand(load, {
    arrived(start) {
      waiting.abort();
      if (!signal.aborted) card = start({ ...options, pointer });
      if (nextWanted) card?.next();
    },
  });
  const request = () => {
    if (!tracking) {
      tracking = true;
      const listen = { passive: true, signal: AbortSignal.any([signal, waiting.signal]) };
      doc.addEventListener('mousemove', (event) => (pointer = { x: event.clientX, y: event.clientY }), listen);
      doc.documentElement.addEventListener('mouseleave', () => (pointer = undefined), listen);
    }
    // The painter asks in the scanner's slice that painted: the message to the background (3.5 ms of a slice's CPU
    // at load 40, its first sendMessage) is sent in a task of its own, once however many blocks paint meanwhile.
    if (asked || factory.pending || factory.value !== undefined) return;
    asked = true;
    setTimeout(() => {
      asked = false;
      if (!signal.aborted) factory.request();
    });
  };
  return {
    request,
    hide: () => card?.hide(),
    owns: (element) => card?.owns(element) ?? false,
    next() {
      if (card) return card.next();
      // Before the code is here, the frame answers as the card will: a name to open is painted, still laid out and not
      // concealed; otherwise the keyboard command tries the top frame (name-command.ts).
      if (options.concealed() || !nextMatch(options.painter.painted(), undefined)) return false;
      nextWanted = true;
      request();
      return true;
    },
  };
}
