import { browser } from 'wxt/browser';
import { useState } from 'react';
import { ChecklistImport } from '@/components/ChecklistImport';
import { extensionDictionaryControls } from '@/lib/browser/dictionary-controls';
import { useT } from '@/components/i18n';
import { ResearcherSettings } from '@/components/ResearcherSettings';
import { BackupRestore, type BackupEnv } from '@/components/settings/BackupRestore';
import { ClaimUnnamed } from '@/components/settings/ClaimUnnamed';
import { CustomTerms } from '@/components/settings/CustomTerms';
import { HighlightColors } from '@/components/settings/HighlightColors';
import { PausedSites } from '@/components/settings/PausedSites';
import { SigningKey } from '@/components/settings/SigningKey';
import { pageBatchEnv } from '@/lib/browser/page-batch-env';
import { sendToBackground } from '@/lib/browser/client';

const applyCustomTerms = () => sendToBackground('dictionary/applyCustomTerms', {});

/** The options page reads and writes the database itself (same origin as the background): evidence Blobs cannot cross messaging. */
function pageBackupEnv(): BackupEnv {
  const { db, save, extensionVersion } = pageBatchEnv(window);
  return {
    db,
    area: browser.storage.local,
    save,
    extensionVersion,
    dictionary: {
      status: extensionDictionaryControls.status,
      activate: extensionDictionaryControls.activate,
      applyCustomTerms,
    },
  };
}

const backupEnv = pageBackupEnv();

/** Settings: who the researcher is, where Spoor pauses, colours, the species list and own terms, backup. */
export function OptionsApp() {
  const t = useT();
  // Saving the researcher id makes their signing key and may leave flags to claim.
  const [identity, setIdentity] = useState(0);
  return (
    <main style={{ maxWidth: 760, margin: '0 auto', font: '14px system-ui, sans-serif' }}>
      <h1>{t('optionsTitle')}</h1>
      <ResearcherSettings area={browser.storage.local} onSaved={() => setIdentity((count) => count + 1)} />
      <SigningKey send={sendToBackground} version={identity} />
      <ClaimUnnamed send={sendToBackground} version={identity} />
      <PausedSites area={browser.storage.local} />
      <HighlightColors area={browser.storage.local} />
      <ChecklistImport controls={extensionDictionaryControls} />
      <CustomTerms area={browser.storage.local} apply={applyCustomTerms} />
      <BackupRestore env={backupEnv} />
    </main>
  );
}
