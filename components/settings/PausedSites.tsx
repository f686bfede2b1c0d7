import { useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n';
import { useSettings, type WatchableKeyValueArea } from '@/components/useSettings';
import { siteFromInput, withoutPausedSite, withPausedSite } from '@/lib/settings/sites';
import { updateSettings } from '@/lib/settings/store';

/** The sites where Spoor highlights nothing: the popup's per-site pause, as a list to add to and remove from. */
export function PausedSites({ area }: { area: WatchableKeyValueArea }) {
  const t = useT();
  const settings = useSettings(area);
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const site = siteFromInput(typed);
    setInvalid(site === undefined);
    if (site === undefined) return;
    await updateSettings(area, { pausedSites: withPausedSite(settings.pausedSites, site) });
    setTyped('');
  };
  const remove = (site: string) =>
    void updateSettings(area, { pausedSites: withoutPausedSite(settings.pausedSites, site) });

  return (
    <section aria-labelledby="paused-sites-title">
      <h2 id="paused-sites-title">{t('settingsPausedHeading')}</h2>
      <p>{t('settingsPausedIntro')}</p>
      {settings.pausedSites.length === 0 ? (
        <p>{t('settingsPausedNone')}</p>
      ) : (
        <ul aria-label={t('settingsPausedListLabel')}>
          {settings.pausedSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => remove(site)} aria-label={t('settingsPausedResume', site)}>
                {t('settingsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label>
          {t('settingsPausedSite')}{' '}
          <input
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            placeholder="ebay.de"
            aria-invalid={invalid}
          />
        </label>{' '}
        <button type="submit" disabled={typed.trim() === ''}>
          {t('settingsPausedAdd')}
        </button>
        {invalid && <p role="alert">{t('settingsPausedInvalid', typed.trim())}</p>}
      </form>
    </section>
  );
}
