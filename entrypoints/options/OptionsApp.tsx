import { ChecklistImport } from '@/components/ChecklistImport';
import { extensionDictionaryControls } from '@/components/DictionaryControls';
import { ResearcherSettings } from '@/components/ResearcherSettings';

/** Settings: researcher identity, pauses, the active dictionary. */
export function OptionsApp() {
  return (
    <main>
      <h1>Spoor settings</h1>
      <ResearcherSettings area={browser.storage.local} />
      <ChecklistImport controls={extensionDictionaryControls} />
    </main>
  );
}
