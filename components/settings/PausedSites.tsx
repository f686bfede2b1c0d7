import { useState, type FormEvent } from 'react';
import { useT } from '@/components/i18n';
import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Field } from '@/components/ui/Field';
import { useSettings, type WatchableKeyValueArea } from '@/components/useSettings';
import { siteFromInput, withoutPausedSite, withPausedSite } from '@/lib/settings/sites';
import { updateSettings } from '@/lib/settings/store';
import './settings.css';

/** The sites where Spoor highlights nothing: the popup's per-site pause, as a list to add to and remove from. */
export function PausedSites({ area, id }: { area: WatchableKeyValueArea; id?: string }) {
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
    <Card id={id} title={t('settingsPausedHeading')} headingId="paused-sites-title" intro={t('settingsPausedIntro')}>
      {settings.pausedSites.length === 0 ? (
        <p className="muted">{t('settingsPausedNone')}</p>
      ) : (
        <ul aria-label={t('settingsPausedListLabel')} className="rows">
          {settings.pausedSites.map((site) => (
            <li key={site} className="rows__item">
              <span className="rows__text">{site}</span>
              {/* Its name starts with the word it shows (WCAG 2.5.3), so speech users can say what they see. */}
              <Button variant="quiet" onClick={() => remove(site)} aria-label={t('settingsPausedResume', site)}>
                {t('settingsRemove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="inline-form">
        <Field label={t('settingsPausedSite')} error={invalid ? t('settingsPausedInvalid', typed.trim()) : undefined}>
          <input value={typed} onChange={(event) => setTyped(event.target.value)} placeholder="ebay.de" />
        </Field>
        <Button type="submit" disabled={typed.trim() === ''}>
          {t('settingsPausedAdd')}
        </Button>
      </form>
    </Card>
  );
}
