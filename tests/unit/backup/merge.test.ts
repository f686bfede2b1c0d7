import { describe, expect, it } from 'vitest';
import { decideByUpdatedAt, mergeById, mergeSettings } from '@/lib/backup/merge';
import { DEFAULT_COLORS, defaultSettings } from '@/lib/settings/schema';

const at = (day: number) => ({ updatedAt: `2026-03-${String(day).padStart(2, '0')}T00:00:00.000Z` });

describe('decideByUpdatedAt', () => {
  it.each([
    ['absent here', undefined, at(1), 'add'],
    ['newer in the backup', at(1), at(2), 'replace'],
    ['newer here', at(2), at(1), 'keep'],
    ['the same time', at(1), at(1), 'keep'],
  ] as const)('%s → %s', (_case, current, incoming, decision) => {
    expect(decideByUpdatedAt(current, incoming)).toBe(decision);
  });
});

it('mergeById keeps this profile’s order and counts each decision', () => {
  const { merged, counts } = mergeById(
    [
      { id: 'a', ...at(2), v: 'here' },
      { id: 'b', ...at(1), v: 'here' },
    ],
    [
      { id: 'b', ...at(3), v: 'backup' },
      { id: 'a', ...at(1), v: 'backup' },
      { id: 'c', ...at(1), v: 'backup' },
    ],
  );
  expect(merged.map(({ id, v }) => `${id}:${v}`)).toEqual(['a:here', 'b:backup', 'c:backup']);
  expect(counts).toEqual({ add: 1, replace: 1, keep: 1 });
});

describe('mergeSettings', () => {
  const backedUp = {
    ...defaultSettings,
    researcherId: 'anna.k',
    survey: 'Ivory 2026',
    pausedSites: ['ebay.de'],
    colors: { ...DEFAULT_COLORS, trade: '#000000' },
  };

  it('gives a new machine the backup’s settings whole', () => {
    expect(mergeSettings(defaultSettings, backedUp)).toEqual(backedUp);
  });

  it('keeps what this profile changed, fills the rest, unites paused sites', () => {
    const here = {
      ...defaultSettings,
      researcherId: 'ben.m',
      pausedSites: ['avito.ru'],
      colors: { ...DEFAULT_COLORS, 'app-i': '#ffffff' },
    };
    expect(mergeSettings(here, backedUp)).toEqual({
      ...defaultSettings,
      researcherId: 'ben.m',
      survey: 'Ivory 2026',
      pausedSites: ['avito.ru', 'ebay.de'],
      colors: { ...DEFAULT_COLORS, 'app-i': '#ffffff', trade: '#000000' },
    });
  });
});
