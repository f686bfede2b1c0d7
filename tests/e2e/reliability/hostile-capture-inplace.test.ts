import { describe, expect, it } from 'vitest';
import { hostileFlagging } from './hostile-flagging';
import { hostileCaptureInplaceRoute, type HostileCaptureInplacePage } from './hostile-capture-inplace-pages';

/**
 * Sellers' pages against what a flag records of them (hostile-capture-inplace-pages.ts): a page that rewrites a rule
 * in place, turns a `:has()` rule on or upgrades a component to show a decoy while the screenshot is taken is said to
 * have changed; a page that does the like honestly is not; an ad inside a web component's root is read.
 */
const { flagged } = hostileFlagging(hostileCaptureInplaceRoute, 'Hostile pages');
const at = (name: HostileCaptureInplacePage) => `/hostile-capture-inplace/${name}.html`;

describe('a page changing what the screenshot shows without changing its text', () => {
  it.each([
    'setPropertyOnConceal',
    'cssTextOnConceal',
    'selectorTextOnConceal',
    'hasRuleOnConceal',
    'dishonestUpgrade',
  ] as const)('%s: the flag says the page changed while it was captured', async (name) => {
    const { page, observation } = await flagged(at(name));
    expect(await page.evaluate(() => (window as any).swaps as number)).toBeGreaterThan(0);
    expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(observation.changedDuringCapture).toContain('text');
    await page.close();
  });

  it.each(['honestUpgrade', 'honestInPlaceStyling'] as const)(
    '%s: the same text shown all along, no change is recorded',
    async (name) => {
      const { page, observation } = await flagged(at(name));
      expect(observation.changedDuringCapture).toBeUndefined();
      expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
      expect(observation.ad.seller.name).toBe('Ivan Petrov');
      await page.close();
    },
  );
});

describe('an ad inside a web component’s shadow root', () => {
  it.each(['openShadowAd', 'closedShadowAd'] as const)('%s: its fields are read', async (name) => {
    const { page, observation } = await flagged(at(name));
    expect(observation.ad.title).toBe('Carved ivory bangle, old stock');
    expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(observation.ad.seller.name).toBe('Ivan Petrov');
    expect(observation.ad.location).toBe('Leipzig, Germany');
    await page.close();
  });
});
