import { useEffect, useState } from 'react';
import { SETTINGS_KEY, defaultSettings, type Settings } from '@/lib/settings/schema';
import { readSettings, type KeyValueArea } from '@/lib/settings/store';

/** storage.local with its change events; browser.storage.local fits, and so does a fake. */
export interface WatchableKeyValueArea extends KeyValueArea {
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>) => void): void;
    removeListener(listener: (changes: Record<string, unknown>) => void): void;
  };
}

/** The stored settings, kept current while the component is mounted. */
export function useSettings(area: WatchableKeyValueArea): Settings {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    let live = true;
    const load = () => void readSettings(area).then((next) => live && setSettings(next));
    const onChanged = (changes: Record<string, unknown>) => SETTINGS_KEY in changes && load();
    load();
    area.onChanged.addListener(onChanged);
    return () => {
      live = false;
      area.onChanged.removeListener(onChanged);
    };
  }, [area]);
  return settings;
}
