import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runDetect } from '@/lib/detect/content-detect';
import { onDemandGlobal } from '@/lib/detect/on-demand';

// Injected into a frame as its detector starts, while the dictionary loads (lib/detect/on-demand.ts): the page
// scanner, the block reader, the painter, the highlight styles and the reports, which nothing runs before the
// matcher is ready, stay out of the content script the top frame evaluates on every page (issue 14).
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [onDemandGlobal('page-detect')]: runDetect });
});
