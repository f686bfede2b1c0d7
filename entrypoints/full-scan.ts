import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFullScan } from '@/lib/matching/full-scan';
import { onDemandGlobal } from '@/lib/detect/on-demand';
import { withJoinedName } from '@/lib/detect/join-blocks';
import { decodeStageLists } from '@/lib/detect/stage-lists';
import { secondStageHides } from '@/lib/detect/private-terms';
import { watchingUnshown } from '@/lib/detect/reveal-watch';
import type { SecondStage } from '@/lib/detect/second-stage';
import { summarizeHits } from '@/lib/detect/tally';

// Injected into a frame when its text first holds a candidate match or a bidi control (lib/detect/on-demand.ts):
// the sense filter, the bidi reading, the decoding of the index's lists, entries, terms and sense rules, the tally, the
// private-term check and names joined across blocks stay out of the content script every frame of every page evaluates.
export default defineUnlistedScript(() => {
  const stage: SecondStage = {
    fullScan: (parts) => createFullScan(parts),
    decodeSecondHalf: decodeStageLists,
    summarizeHits,
    hides: (matcher, stored, privateShown, recheck, win, sheetsChanged) =>
      secondStageHides(matcher, stored, privateShown, watchingUnshown(recheck, undefined, win, sheetsChanged)),
    joinName: withJoinedName,
  };
  Object.assign(globalThis, { [onDemandGlobal('full-scan')]: stage });
});
