import { browser } from 'wxt/browser';
import { browserPageEnv } from '@/lib/browser/page-env';
import { startPage } from '@/components/page/PageRoot';
import { Welcome } from '@/components/welcome/Welcome';

// welcome.html: opened once, when Spoor is installed (lib/onboarding/welcome.ts).
void startPage(browserPageEnv(), 'welcomePageTitle', <Welcome area={browser.storage.local} />);
