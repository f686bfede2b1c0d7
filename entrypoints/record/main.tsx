import { createRoot } from 'react-dom/client';
import { FlagRecord } from '@/components/FlagRecord';
import { sendToBackground } from '@/lib/messaging/client';

// record.html?id=<flag id>: one flag with its evidence and history.
const flagId = new URLSearchParams(location.search).get('id') ?? '';
createRoot(document.getElementById('root')!).render(<FlagRecord flagId={flagId} send={sendToBackground} />);
