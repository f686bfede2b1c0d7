import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORS, defaultSettings, SETTINGS_KEY } from '@/lib/settings/schema';
import { readSettings, updateSettings } from '@/lib/settings/store';
import { MemoryArea } from '../../fixtures/checklist/memory-area';

const stored = async (value: unknown) => {
  const area = new MemoryArea();
  if (value !== undefined) await area.set({ [SETTINGS_KEY]: value });
  return readSettings(area);
};

describe('readSettings', () => {
  it.each([
    ['nothing stored', undefined, defaultSettings],
    [
      'settings of an older Spoor (no colours, no pauses)',
      { researcherId: 'anna.k', survey: 'Ivory 2026' },
      { ...defaultSettings, researcherId: 'anna.k', survey: 'Ivory 2026' },
    ],
    [
      'one colour changed',
      { colors: { trade: '#000000' } },
      { ...defaultSettings, colors: { ...DEFAULT_COLORS, trade: '#000000' } },
    ],
    ['a damaged value', { pausedSites: 'ebay.de' }, defaultSettings],
  ])('%s', async (_case, value, expected) => {
    expect(await stored(value)).toEqual(expected);
  });

  it('does not share the default colours between readers', async () => {
    const first = await stored(undefined);
    first.colors['app-i'] = '#123456';
    expect((await stored(undefined)).colors['app-i']).toBe(DEFAULT_COLORS['app-i']);
  });
});

it('updateSettings keeps what it was not asked to change', async () => {
  const area = new MemoryArea();
  await updateSettings(area, { researcherId: 'anna.k', pausedSites: ['ebay.de'] });
  await updateSettings(area, { colors: { ...DEFAULT_COLORS, 'app-ii': '#00ff00' } });
  expect(await readSettings(area)).toMatchObject({
    researcherId: 'anna.k',
    pausedSites: ['ebay.de'],
    colors: { 'app-ii': '#00ff00', 'app-i': DEFAULT_COLORS['app-i'] },
  });
});
