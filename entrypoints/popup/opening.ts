import { requestPopupOpening } from '@/lib/browser/popup-requests';

/**
 * The popup's first requests, sent as this module evaluates. main.ts imports it before the page, and the build puts
 * it in a chunk of its own that only the popup loads, evaluated before the page's chunk (React DOM: wxt.config.ts),
 * so the answers come in while React DOM evaluates instead of after it (issue 14).
 */
export const openingRequests = requestPopupOpening();
