import { openingRequests } from './opening';
import { startPopup } from './start';

// The tab, its findings and its flag status were asked for as ./opening evaluated, before the page's chunk; the
// page renders once they are in. The popup's HTML preloads every chunk beside this one (wxt.config.ts).
void startPopup(openingRequests);
