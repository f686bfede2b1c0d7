import { requestPopupOpening } from '@/lib/browser/popup-requests';

// The tab, its findings and its flag status are asked for by this small first module, before React, zod and the
// protocol (most of the popup's script) load and evaluate: the background answers meanwhile (issue 14).
const requests = requestPopupOpening();
void import('./start').then(({ startPopup }) => startPopup(requests));
