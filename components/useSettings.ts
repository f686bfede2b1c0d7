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

/**
 * A value read from storage and read again whenever its key changes, while
 * the component is mounted; the setter shows a value just written without waiting for the event.
 * @example const [terms, setTerms] = useStoredValue(area, CUSTOM_TERMS_KEY, readCustomTerms, undefined);
 */
export function useStoredValue<T>(
  area: WatchableKeyValueArea,
  key: string,
  read: (area: KeyValueArea) => Promise<T>,
  initial: T,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    const load = () => void read(area).then((next) => live && setValue(next));
    const onChanged = (changes: Record<string, unknown>) => key in changes && load();
    load();
    area.onChanged.addListener(onChanged);
    return () => {
      live = false;
      area.onChanged.removeListener(onChanged);
    };
  }, [area, key, read]);
  return [value, setValue];
}

/** The stored settings, kept current while the component is mounted. */
export function useSettings(area: WatchableKeyValueArea): Settings {
  return useStoredValue(area, SETTINGS_KEY, readSettings, defaultSettings)[0];
}
