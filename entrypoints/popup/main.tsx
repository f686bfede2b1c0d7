import { browserPageEnv } from '@/lib/browser/page-env';
import { startPage } from '@/components/page/PageRoot';
import { PopupApp } from './PopupApp';

void startPage(browserPageEnv(), 'popupPageTitle', <PopupApp />);
