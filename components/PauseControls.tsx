import type { Settings } from '@/lib/settings/schema';
import { useT } from './i18n';
import { Check } from './ui/Field';

/** The site a host belongs to for pausing: "www." is dropped so the pause covers the whole site. */
export const siteOf = (host: string) => host.replace(/^www\./, '');

const covers = (site: string, host: string) => host === site || host.endsWith(`.${site}`);

function toggleSite(settings: Settings, host: string): Partial<Settings> {
  const paused = settings.pausedSites.some((site) => covers(site, host));
  return {
    pausedSites: paused
      ? settings.pausedSites.filter((site) => !covers(site, host))
      : [...settings.pausedSites, siteOf(host)],
  };
}

export interface PauseControlsProps {
  /** The current tab's host; absent on pages Spoor cannot run on. */
  host?: string;
  settings: Settings;
  /** Stores a settings change (`updateSettings` in lib/settings/store.ts). */
  onChange(change: Partial<Settings>): void;
}

/** Pause highlighting on the current site, or everywhere. */
export function PauseControls({ host, settings, onChange: change }: PauseControlsProps) {
  const t = useT();
  return (
    <fieldset className="pause">
      <legend className="visually-hidden">{t('popupPauseLegend')}</legend>
      {host && (
        <Check
          checked={settings.pausedSites.some((site) => covers(site, host))}
          onChange={() => change(toggleSite(settings, host))}
        >
          {t('popupPauseOnSite', siteOf(host))}
        </Check>
      )}
      <Check checked={settings.paused} onChange={() => change({ paused: !settings.paused })}>
        {t('popupPauseEverywhere')}
      </Check>
    </fieldset>
  );
}
