import { listen } from '@/lib/messaging/router';
import { startDetectService } from '@/lib/detect/background-service';
import { startFlagsService } from '@/lib/flags/background-service';
import { startArchiveService } from '@/lib/archive/background-service';
import { startDictionaryService } from '@/lib/dictionary/background-service';
import { startBatchService } from '@/lib/batch/background-service';
import { startSigningService } from '@/lib/signing/background-service';

// The background owns the compiled dictionary, the IndexedDB database and the
// badge; each domain registers its listeners and message handlers here.
export default defineBackground(() => {
  listen(browser.runtime, {
    ...startDetectService(),
    ...startFlagsService(),
    ...startArchiveService(),
    ...startDictionaryService(browser.storage.local),
    ...startBatchService(),
    ...startSigningService(),
  });
});
