import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFullScan } from '@/lib/matching/full-scan';
import { onDemandGlobal } from '@/lib/detect/on-demand';
import { withJoinedName } from '@/lib/detect/join-blocks';
import { decodeStageLists } from '@/lib/detect/stage-lists';
import { secondStageHides } from '@/lib/detect/private-terms';
import { watchingUnshown } from '@/lib/detect/reveal-watch';
import type { SecondStage } from '@/lib/detect/second-stage';
import { summarizeHits } from '@/lib/detect/tally';
import { keepPaint } from '@/lib/highlight/paint-keeper';
import { OWN_HIGHLIGHTS, type OwnHighlights } from '@/lib/highlight/painter';

// Injected into a frame when its text first holds a candidate match or a bidi control (lib/detect/on-demand.ts):
// the sense filter, the bidi reading, the decoding of the index's lists, entries, terms and sense rules, the tally, the
// private-term check and names joined across blocks stay out of the content script every frame of every page evaluates.
export default defineUnlistedScript(() => {
  const stage: SecondStage = {
    fullScan: (parts) => createFullScan(parts),
    decodeSecondHalf: decodeStageLists,
    summarizeHits,
    hides: (matcher, stored, privateShown, recheck, win, sheetsChanged) => {
      // Asked for once a match is found, when the content script's painter (in this isolated world) is there: the
      // frame has marks to keep (a top frame gets this script before its dictionary, and its painter, have loaded).
      keepPaint(window, (globalThis as Record<string, unknown>)[OWN_HIGHLIGHTS] as OwnHighlights | undefined);
      return secondStageHides(matcher, stored, privateShown, watchingUnshown(recheck, undefined, win, sheetsChanged));
    },
    joinName: withJoinedName,
  };
  Object.assign(globalThis, { [onDemandGlobal('full-scan')]: stage });
});
