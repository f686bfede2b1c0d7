import { RecordPage } from '@/components/record/RecordPage';
import { browserPageEnv } from '@/lib/browser/page-env';
import { startPage } from '@/components/page/PageRoot';
import { sendToBackground } from '@/lib/browser/client';

// record.html?id=<flag id>: one flag with its evidence and history.
const flagId = new URLSearchParams(location.search).get('id') ?? '';
void startPage(browserPageEnv(), 'recordPageTitle', <RecordPage flagId={flagId} send={sendToBackground} />);
