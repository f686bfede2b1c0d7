import { browserPageEnv } from '@/lib/browser/page-env';
import { openPopup } from '@/lib/browser/popup-opening';
import type { PopupRequests } from '@/lib/browser/popup-requests';
import { startPage } from '@/components/page/PageRoot';
import { PopupApp } from './PopupApp';

/**
 * The popup's page, from the `requests` sent as its script started (main.ts). The first render knows the tab (a tab
 * that cannot be looked up, closed meanwhile, shows as no web page) and shows what the opening read from
 * storage.session, so it renders the tab's state at once.
 */
export function startPopup(requests: PopupRequests): Promise<void> {
  const opening = openPopup(requests);
  const popup = Promise.all([opening.tab, opening.read]).then(
    ([tab, read]) => <PopupApp tab={tab} opening={opening} read={read} />,
    () => <PopupApp tab={{}} opening={opening} />,
  );
  return startPage(browserPageEnv(), 'popupPageTitle', popup, requests.settings);
}
