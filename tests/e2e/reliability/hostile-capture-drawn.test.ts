import { describe, expect, it } from 'vitest';
import { hostileFlagging } from './hostile-flagging';
import { hostileCaptureDrawnRoute, type HostileCaptureDrawnPage } from './hostile-capture-drawn-pages';

/**
 * Sellers' pages against what a flag records of them (hostile-capture-drawn-pages.ts): a page that swaps its photo or
 * its font for one frame while the screenshot is taken is said to have changed; a component copying its text into its
 * root, a lazy photo loading and a web font arriving are not.
 */
const { flagged } = hostileFlagging(hostileCaptureDrawnRoute, 'Hostile pages');
const at = (name: HostileCaptureDrawnPage) => `/hostile-capture-drawn/${name}.html`;

describe('a page changing what the screenshot pictures without changing its text', () => {
  it.each(['imageSrcOnConceal', 'imageSrcsetOnConceal', 'backgroundOnConceal', 'fontFaceOnConceal'] as const)(
    '%s: the flag says the page changed while it was captured',
    async (name) => {
      const { page, observation } = await flagged(at(name));
      expect(await page.evaluate(() => (window as any).swaps as number)).toBeGreaterThan(0);
      expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
      expect(observation.changedDuringCapture).toContain('text');
      await page.close();
    },
  );

  it.each(['copyingComponent', 'honestLazyImage', 'honestFontArrives'] as const)(
    '%s: the page changed honestly, no change is recorded',
    async (name) => {
      const { page, observation } = await flagged(at(name));
      expect(await page.evaluate(() => (window as any).swaps as number)).toBeGreaterThan(0);
      expect(observation.changedDuringCapture).toBeUndefined();
      expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
      expect(observation.ad.seller.name).toBe('Ivan Petrov');
      await page.close();
    },
  );
});
