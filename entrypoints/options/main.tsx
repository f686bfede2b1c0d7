import { browserPageEnv } from '@/lib/browser/page-env';
import { startPage } from '@/components/page/PageRoot';
import { OptionsApp } from './OptionsApp';

void startPage(browserPageEnv(), 'optionsTitle', <OptionsApp />);
