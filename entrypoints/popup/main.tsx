import { browserPageEnv } from '@/lib/browser/page-env';
import { openPopup } from '@/lib/browser/popup-opening';
import { startPage } from '@/components/page/PageRoot';
import { PopupApp } from './PopupApp';

// The tab, its findings and its flag status are asked for before the page reads its settings and language; the
// first render knows the tab (a tab that cannot be looked up, closed meanwhile, shows as no web page).
const opening = openPopup();
const popup = opening.tab.then(
  (tab) => <PopupApp tab={tab} opening={opening} />,
  () => <PopupApp tab={{}} opening={opening} />,
);
void startPage(browserPageEnv(), 'popupPageTitle', popup);
