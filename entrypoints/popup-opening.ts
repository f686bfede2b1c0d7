import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { POPUP_REQUESTS_GLOBAL, requestPopupOpening } from '@/lib/browser/popup-requests';

// An async classic script of the popup's HTML (entrypoints/popup/index.html): it runs as soon as its own 2 kB arrive,
// without holding up the parser, so the popup's first requests go out while its modules (React DOM: 300 kB) are still
// being fetched, and their answers are in when the page's module evaluates (issue 14). Module scripts run only once
// all of them are in. Should the module run first all the same, it has sent the requests itself (popupRequests).
export default defineUnlistedScript(() => {
  const shared = globalThis as Record<string, unknown>;
  shared[POPUP_REQUESTS_GLOBAL] ??= requestPopupOpening();
});
