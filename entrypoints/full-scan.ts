import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFullScan } from '@/lib/matching/full-scan';
import { onDemandGlobal } from '@/lib/detect/on-demand';
import { withJoinedName } from '@/lib/detect/join-blocks';
import type { SecondStage } from '@/lib/detect/second-stage';

// Injected into a frame when its text first holds a candidate match or a bidi control (lib/detect/on-demand.ts):
// the sense filter, the bidi reading and names joined across blocks stay out of the content script every frame of
// every page evaluates.
export default defineUnlistedScript(() => {
  const stage: SecondStage = { fullScan: (parts) => createFullScan(parts), joinName: withJoinedName };
  Object.assign(globalThis, { [onDemandGlobal('full-scan')]: stage });
});
