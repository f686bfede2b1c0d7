import type { FullScanFactory } from '@/lib/matching/full-scan';
import type { Matcher } from '@/lib/matching/matcher';
import type { decodeSecondHalf } from '@/lib/matching/pack/lists';
import type { withJoinedName } from './join-blocks';
import type { summarizeHits } from './tally';
import type { HidesMatch } from './scan-block';
import type { BlockOwner } from '@/lib/highlight/dom-rules';

/**
 * What the injected full-scan.js leaves for a tab's content script (entrypoints/full-scan.ts, on-demand.ts): the
 * code that runs only once a frame's text holds a candidate match, which most frames never meet. Every match comes
 * from the matcher's second stage, and with it every hit, report entry and private term, so the tally and the
 * private-term check travel with the stage rather than in the script every frame evaluates (issue 14).
 */
export interface SecondStage {
  fullScan: FullScanFactory;
  /**
   * Decodes what only the second stage reads (the index's columns for what patterns find, terms and entries, which
   * only matches point at, and the sense rules): lib/matching/pack/lists.ts; then makes the sense filter's cue data
   * in tasks of their own (stage-lists.ts).
   */
  decodeSecondHalf: typeof decodeSecondHalf;
  /** lib/detect/tally.ts: a frame with no hits reports none, and has no hits before this arrives. */
  summarizeHits: typeof summarizeHits;
  /**
   * Whether a match is kept off the page, and why (scan-block.ts' HidesMatch): its text is hidden from the reader
   * (UNSHOWN, lib/detect/unshown.ts: neither painted nor counted), or it names a term of the researcher's private
   * watch-list, as stored (PRIVATE, lib/detect/private-terms.ts), while `privateShown` says they stay unpainted.
   * A block with unshown text is watched until the page shows it, and shown text until a style rule hides it:
   * `recheck` is then called with its block (reveal-watch.ts). `win`: the window whose style sheets are watched from
   * now on, rather than from the first match's check. `sheetsChanged`: called when the watch finds the sheets changed
   * (a rule added, removed or edited in place).
   */
  hides(
    matcher: Pick<Matcher, 'terms' | 'entries'>,
    storedCustomTerms: unknown,
    privateShown: () => boolean,
    recheck: (owner: BlockOwner) => void,
    win?: Window & typeof globalThis,
    sheetsChanged?: () => void,
  ): HidesMatch;
  /** Joins a scientific name split over two blocks (lib/detect/join-blocks.ts): only text with a candidate needs it. */
  joinName: typeof withJoinedName;
}
