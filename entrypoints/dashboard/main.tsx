import { BatchEnvProvider } from '@/components/batch/BatchEnvContext';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { browserPageEnv } from '@/lib/browser/page-env';
import { startPage } from '@/components/page/PageRoot';
import { pageBatchEnv } from '@/lib/browser/page-batch-env';
import { sendToBackground } from '@/lib/browser/client';

// dashboard.html: every flag for review, in the researcher's language.
void startPage(
  browserPageEnv(),
  'dashTitle',
  <BatchEnvProvider env={pageBatchEnv(window)}>
    <Dashboard send={sendToBackground} />
  </BatchEnvProvider>,
);
