import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createFullScan, type FullScanFactory } from '@/lib/matching/full-scan';
import { onDemandGlobal } from '@/lib/detect/on-demand';

// Injected into a frame when its text first holds a candidate match or a bidi control (lib/detect/on-demand.ts):
// the sense filter and the bidi reading stay out of the content script every frame of every page evaluates.
export default defineUnlistedScript(() => {
  const factory: FullScanFactory = (parts) => createFullScan(parts);
  Object.assign(globalThis, { [onDemandGlobal('full-scan')]: factory });
});
