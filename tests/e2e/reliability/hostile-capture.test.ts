import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hostileFlagging } from './hostile-flagging';
import { hostileCaptureRoute, type HostileCapturePage } from './hostile-capture-pages';

/**
 * Sellers' pages against what a flag records of them (hostile-capture-pages.ts): a page that restyles its ad or
 * changes a shadow root's text while the screenshot is taken is said to have changed, a busy honest page is not, and
 * the fields a style sheet draws are the record's.
 */
const { flagged: flaggedAt } = hostileFlagging(hostileCaptureRoute, 'Hostile pages');

interface Observation {
  url: string;
  ad: Record<string, any>;
  changedDuringCapture?: string[];
}

/** Opens a page, waits for Spoor's badge, flags it with the shortcut and returns the stored flag. */
const flagged = (name: HostileCapturePage) => flaggedAt(`/hostile-capture/${name}.html`);

const counter = (page: Page, name: string) => page.evaluate((key) => (window as any)[key] as number, name);

describe('a page against what the flag records', () => {
  it('hiding its ad and showing a decoy by style alone while the screenshot is taken: the flag says so', async () => {
    const { page, flag } = await flagged('restyleOnConceal');
    expect(await counter(page, 'restyles')).toBeGreaterThan(0);
    const observation = flag.observations[0] as Observation;
    // Both readings found the page's own ad and text: only the watch between them saw the decoy shown.
    expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(observation.ad.seller.name).toBe('Ivan Petrov');
    expect(observation.changedDuringCapture).toEqual(['text']);
    await page.close();
  });

  it('changing a price inside a closed shadow root while the screenshot is taken: the flag says so', async () => {
    const { page, flag } = await flagged('shadowFlickerOnConceal');
    expect(await counter(page, 'flickers')).toBeGreaterThan(0);
    expect((flag.observations[0] as Observation).changedDuringCapture).toEqual(['text']);
    await page.close();
  });

  it('turning a spinner, writing data attributes and a style put back at once: no change is recorded', async () => {
    const { page, flag } = await flagged('busyButSteady');
    expect((flag.observations[0] as Observation).changedDuringCapture).toBeUndefined();
    await page.close();
  });

  it('drawing its price and seller with its style sheet: the record holds them, the markup’s price as disputed', async () => {
    const { page, flag } = await flagged('drawnFields');
    for (const ad of [flag.ad, (flag.observations[0] as Observation).ad]) {
      expect(ad.price).toEqual({ amount: 320, currency: 'EUR' });
      expect(ad.seller.name).toBe('Ivan Petrov');
      expect(ad.disputed?.price).toEqual({ source: 'json-ld', value: '5 EUR' });
    }
    await page.close();
  });
});
