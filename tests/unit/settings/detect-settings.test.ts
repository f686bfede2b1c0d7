import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORS, detectSettingsOf, isPausedOn } from '@/lib/settings/detect-settings';
import { SettingsSchema } from '@/lib/settings/schema';

describe('the settings detection reads without a schema', () => {
  it('agrees with SettingsSchema on stored settings', () => {
    const stored = SettingsSchema.parse({
      paused: false,
      pausedSites: ['ebay.de'],
      colors: { 'app-i': '#000000' },
      performanceMarks: true,
      researcherId: 'r1',
    });
    expect(detectSettingsOf(stored)).toEqual({
      paused: stored.paused,
      pausedSites: stored.pausedSites,
      colors: stored.colors,
      performanceMarks: stored.performanceMarks,
    });
  });

  it('falls back to the default of each field that is missing or of the wrong type', () => {
    expect(detectSettingsOf(undefined)).toEqual({
      paused: false,
      pausedSites: [],
      colors: DEFAULT_COLORS,
      performanceMarks: false,
    });
    const odd = detectSettingsOf({
      paused: 'yes',
      pausedSites: ['a.example', 7],
      colors: { trade: 3, 'app-ii': 'red' },
    });
    expect(odd).toEqual({
      paused: false,
      pausedSites: ['a.example'],
      colors: { ...DEFAULT_COLORS, 'app-ii': 'red' },
      performanceMarks: false,
    });
  });

  it('pauses on a paused site and its subdomains only', () => {
    const settings = detectSettingsOf({ pausedSites: ['ebay.de'] });
    expect(['ebay.de', 'www.ebay.de', 'notebay.de'].map((host) => isPausedOn(settings, host))).toEqual([
      true,
      true,
      false,
    ]);
  });
});
