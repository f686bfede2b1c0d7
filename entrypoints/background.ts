import '@/lib/messaging/no-eval';
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { listen } from '@/lib/messaging/router';
import { startDetectService } from '@/lib/browser/detect-service';
import { startFlagsService } from '@/lib/browser/flags-service';
import { startArchiveService } from '@/lib/browser/dashboard-service';
import { startDictionaryService } from '@/lib/browser/dictionary-service';
import { startBatchService } from '@/lib/browser/batch-service';
import { startSigningService } from '@/lib/browser/signing-service';
import { startSettingsCopy } from '@/lib/browser/settings-copy';
import { openWelcomeOnInstall } from '@/lib/onboarding/welcome';
import { listenForNameCommand } from '@/lib/browser/name-command';

// The background owns the compiled dictionary, the IndexedDB database and the
// badge; each domain registers its listeners and message handlers here.
export default defineBackground(() => {
  openWelcomeOnInstall(browser);
  // The popup reads the settings from storage.session's copy, not from behind the tabs' dictionary reads.
  void startSettingsCopy(browser);
  listenForNameCommand(browser);
  listen(browser.runtime, {
    ...startDetectService(),
    ...startFlagsService(),
    ...startArchiveService(),
    ...startDictionaryService(browser.storage.local),
    ...startBatchService(),
    ...startSigningService(),
  });
});
