import { browser } from 'wxt/browser';
import { useState } from 'react';
import { ChecklistImport } from '@/components/ChecklistImport';
import { extensionDictionaryControls } from '@/lib/browser/dictionary-controls';
import { useT } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/translate';
import { Brand } from '@/components/popup/Brand';
import { ResearcherSettings } from '@/components/ResearcherSettings';
import { BackupRestore, type BackupEnv } from '@/components/settings/BackupRestore';
import { ClaimUnnamed } from '@/components/settings/ClaimUnnamed';
import { CustomTerms } from '@/components/settings/CustomTerms';
import { HighlightColors } from '@/components/settings/HighlightColors';
import { LanguageSetting } from '@/components/settings/LanguageSetting';
import { PausedSites } from '@/components/settings/PausedSites';
import { SigningKey } from '@/components/settings/SigningKey';
import { TrustedKeys } from '@/components/settings/TrustedKeys';
import { readSettings } from '@/lib/settings/store';
import { pageBatchEnv } from '@/lib/browser/page-batch-env';
import { sendToBackground } from '@/lib/browser/client';
import '@/components/settings/options.css';

const applyCustomTerms = () => sendToBackground('dictionary/applyCustomTerms', {});

/**
 * The options page reads and writes the database itself (same origin as the background): evidence Blobs cannot cross
 * messaging.
 */
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
const area = browser.storage.local;
/** A revocation keeps who made it: the coordinator's researcher id. */
const revokedBy = async () => (await readSettings(area)).researcherId;

/** The sections, in page order: the navigation lists them and each card has the id. */
const SECTIONS: Array<[id: string, title: MessageKey]> = [
  ['researcher', 'researcherHeading'],
  ['language', 'languageHeading'],
  ['paused', 'settingsPausedHeading'],
  ['colours', 'settingsColorsHeading'],
  ['species', 'dictionaryHeading'],
  ['terms', 'customTermsHeading'],
  ['backup', 'backupHeading'],
  ['keys', 'trustedKeysHeading'],
];

/**
 * Settings: who the researcher is, language, where Spoor pauses, colours, the species list and own terms, backup, and
 * the researchers' keys a coordinator accepted (to revoke one).
 */
export function OptionsApp() {
  const t = useT();
  // Saving the researcher id makes their signing key and may leave flags to claim.
  const [identity, setIdentity] = useState(0);
  return (
    <div className="settings">
      <header className="settings__header">
        <Brand />
        <h1>{t('popupSettings')}</h1>
        <a href="/dashboard.html">{t('popupDashboard')}</a>
      </header>
      <nav className="settings__nav" aria-label={t('optionsSections')}>
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="settings__main">
        <ResearcherSettings id="researcher" area={area} onSaved={() => setIdentity((count) => count + 1)} />
        <SigningKey send={sendToBackground} version={identity} />
        <ClaimUnnamed send={sendToBackground} version={identity} />
        <LanguageSetting id="language" area={area} />
        <PausedSites id="paused" area={area} />
        <HighlightColors id="colours" area={area} />
        <ChecklistImport id="species" controls={extensionDictionaryControls} />
        <CustomTerms id="terms" area={area} apply={applyCustomTerms} />
        <BackupRestore id="backup" env={backupEnv} />
        <TrustedKeys id="keys" db={backupEnv.db} by={revokedBy} save={backupEnv.save} />
      </main>
    </div>
  );
}
