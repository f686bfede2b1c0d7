import { requestPopupOpening } from '@/lib/browser/popup-requests';
import { startPopup } from './start';

// The tab, its findings and its flag status are asked for first; the page renders once they are in. Both modules are
// in the chunk the popup's HTML preloads beside this one (wxt.config.ts), so nothing waits on a second fetch.
void startPopup(requestPopupOpening());
