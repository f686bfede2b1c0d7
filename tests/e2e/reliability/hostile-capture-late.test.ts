import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostileFlagging } from './hostile-flagging';
import { hostileCaptureLateRoute, type HostileCaptureLatePage } from './hostile-capture-late-pages';

/**
 * Sellers' pages against what a flag records of them (hostile-capture-late-pages.ts): a page that swaps its ad for a
 * decoy through its style sheets, a shadow root attached late or a cover while the screenshot is taken is said to have
 * changed, a page restyling a textless spinner is not, and a price no text on the page states (drawn in a shadow root,
 * or an image's) is never recorded as read: the record says it is not shown as text.
 */
const { flagged: flaggedAt } = hostileFlagging(hostileCaptureLateRoute, 'Hostile pages');

/** Opens a page, waits for Spoor's badge, flags it with the shortcut and returns the stored flag's observation. */
const flagged = (name: HostileCaptureLatePage) => flaggedAt(`/hostile-capture-late/${name}.html`);

const swaps = (page: Page) => page.evaluate(() => (window as any).swaps as number);

describe('a page changing what the screenshot shows without changing its text', () => {
  it.each([
    'sheetTextOnConceal',
    'insertRuleOnConceal',
    'adoptedSheetOnConceal',
    'blurRuleOnConceal',
    'coverOnConceal',
    'lateShadowOnConceal',
  ] as const)('%s: the flag says the page changed while it was captured', async (name) => {
    const { page, observation } = await flagged(name);
    expect(await swaps(page)).toBeGreaterThan(0);
    // Both readings found the page's own ad: only what happened between them shows the decoy or hides the ad.
    expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(observation.changedDuringCapture).toContain('text');
    await page.close();
  });

  it('restyling a textless spinner through the CSSOM all the time: no change is recorded', async () => {
    const { page, observation } = await flagged('honestStyling');
    expect(observation.changedDuringCapture).toBeUndefined();
    expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(observation.ad.unshown).toBeUndefined();
    await page.close();
  });
});

describe('a page leaving for one of its own making as the screenshot is taken', () => {
  it('the flag keeps the ad’s address and reading, and says the address changed', async () => {
    const { page, observation } = await flagged('awayOnConceal');
    await expect.poll(() => page.url()).toMatch(/^blob:/);
    expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(observation.changedDuringCapture).toContain('url');
    await page.close();
  });
});

describe('a price no text on the page states', () => {
  it.each(['shadowDrawnPrice', 'imagePrice'] as const)(
    '%s: the markup’s other price is not recorded as the one shown',
    async (name) => {
      const { page, observation } = await flagged(name);
      const { price, unshown } = observation.ad;
      // Either the price the researcher saw, or the markup's, marked as stated by no text the page showed.
      if (price?.amount !== 320) expect(unshown).toContain('price');
      expect(observation.ad.seller.name).toBe('Ivan Petrov');
      await page.close();
    },
  );
});
