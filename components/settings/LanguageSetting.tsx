import { useT } from '@/components/i18n';
import { Card } from '@/components/ui/Card';
import { Field } from '@/components/ui/Field';
import { useSettings, type WatchableKeyValueArea } from '@/components/useSettings';
import { BROWSER_LANGUAGE, UI_LANGUAGES, endonym } from '@/lib/i18n/languages';
import { updateSettings } from '@/lib/settings/store';

/**
 * The interface language: the browser's, or one of Spoor's eight, each named
 * in its own language so anyone can find theirs. Open pages switch at once.
 */
export function LanguageSetting({ area, id }: { area: WatchableKeyValueArea; id?: string }) {
  const t = useT();
  const settings = useSettings(area);
  return (
    <Card id={id} title={t('languageHeading')} headingId="language-title" intro={t('languageIntro')}>
      <Field label={t('languageLabel')}>
        <select
          value={settings.uiLanguage}
          onChange={(event) => void updateSettings(area, { uiLanguage: event.target.value })}
        >
          <option value={BROWSER_LANGUAGE}>{t('languageBrowser')}</option>
          {UI_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {endonym(code)}
            </option>
          ))}
        </select>
      </Field>
    </Card>
  );
}
