import { popupRequests } from '@/lib/browser/popup-requests';
import { startPopup } from './start';

// The tab, its findings, its flag status and the settings were asked for by popup-opening.js as the HTML was parsed
// (entrypoints/popup-opening.ts); the page renders once they are in.
void startPopup(popupRequests());
