import { browserPageEnv } from '@/lib/browser/page-env';
import { openPopup } from '@/lib/browser/popup-opening';
import { startPage } from '@/components/page/PageRoot';
import { PopupApp } from './PopupApp';

// The tab, its findings and its flag status are asked for before the page reads its settings and language.
const opening = openPopup();
void startPage(browserPageEnv(), 'popupPageTitle', <PopupApp opening={opening} />);
