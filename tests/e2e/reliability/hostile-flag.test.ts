import { describe, expect, it } from 'vitest';
import { badgeOf } from '../flag-support';
import { storedReportEntries } from '../detect-support';
import { hostileFlagRoute, type HostileFlagPage } from './hostile-flag-pages';
import { hostileFlagging } from './hostile-flagging';

/**
 * Sellers' pages against the evidence a flag captures (hostile-flag-pages.ts): the flag must record the page as it
 * was read at flag time, from Spoor's own world, with the tab's real URL, and say what the page did against it.
 */
const { flagged: flaggedAt, extension: launched, server } = hostileFlagging(hostileFlagRoute, 'Hostile pages');

interface Observation {
  url: string;
  detected: { label: string; matched: string[] }[];
  detectedOnPage?: { label: string; matched: string[] }[];
  changedDuringCapture?: string[];
}

/**
 * Opens a page, waits for Spoor's badge (and for `settled`, when given), flags it with the shortcut and returns the
 * stored flag.
 */
const flagged = (name: HostileFlagPage, settled?: (tabId: number) => Promise<boolean>) =>
  flaggedAt(`/hostile-flag/${name}.html`, settled);

const words = (list: Observation['detected'] = []) => list.flatMap((d) => d.matched.map((w) => w.toLowerCase()));
/** Whether a list of detections matched a word, alone or within a longer name ("carved ivory"). */
const names = (list: Observation['detected'] | undefined, word: string) => words(list).some((w) => w.includes(word));

describe('a page against the flag’s evidence', () => {
  it('swapping its ad while Spoor’s highlights are off for the screenshot: the flag keeps the ad and says so', async () => {
    const { page, flag } = await flagged('swapOnConceal');
    expect(await page.evaluate(() => (window as unknown as { swaps: number }).swaps)).toBeGreaterThan(0);
    const observation = flag.observations[0] as Observation;
    expect(flag.ad.title).toBe('Carved ivory bangle, old stock');
    expect(names(observation.detected, 'ivory')).toBe(true);
    expect(observation.changedDuringCapture).toEqual(expect.arrayContaining(['title', 'text']));
    await page.close();
  });

  it('showing another price and seller only while the screenshot is taken: the flag says the text changed', async () => {
    const { page, flag } = await flagged('flickerOnConceal');
    expect(await page.evaluate(() => (window as unknown as { flickers: number }).flickers)).toBeGreaterThan(0);
    const observation = flag.observations[0] as Observation & { ad: Record<string, any> };
    // Both readings found the page's own ad: only the watch between them saw the other one.
    expect(observation.ad.price).toEqual({ amount: 320, currency: 'EUR' });
    expect(observation.ad.seller.name).toBe('Ivan Petrov');
    expect(observation.changedDuringCapture).toEqual(['text']);
    await page.close();
  });

  it('hiding names from readers and junk inside a word: the flag records the rendered words only', async () => {
    // The scan sets names the page hides apart once its second stage is in (lib/detect/unshown.ts).
    const hiddenSetApart = async (tabId: number) =>
      (await storedReportEntries(launched(), tabId)).some((entry) => entry.inHidden);
    const { page, flag } = await flagged('hiddenWords', hiddenSetApart);
    const observation = flag.observations[0] as Observation;
    expect(words(observation.detected)).toEqual(expect.arrayContaining(['ivory', 'ball python']));
    for (const hidden of ['pangolin', 'tiger', 'rhino', 'shahtoosh'])
      expect(names(observation.detected, hidden)).toBe(false);
    // The scan reads what the page shows too (branch hidden15): the ivory whole, the hidden names apart, so the
    // flag's reading and the scan's agree and no second list is kept.
    expect(observation.detectedOnPage).toBeUndefined();
    expect(observation.changedDuringCapture).toBeUndefined();
    await page.close();
  });

  it('stuffing the ad’s fields with text drawn unseen: the record’s title, description and names are what it showed', async () => {
    const hiddenSetApart = async (tabId: number) =>
      (await storedReportEntries(launched(), tabId)).some((entry) => entry.inHidden);
    const { page, flag } = await flagged('stuffedFields', hiddenSetApart);
    const observation = flag.observations[0] as Observation;
    expect(flag.ad.title).toBe('Old bangle, carved ivory');
    expect(flag.ad.description).toBe('Genuine elephant ivory, 320 EUR.');
    expect(names(observation.detected, 'ivory')).toBe(true);
    for (const unseen of ['rhino', 'tiger', 'pangolin']) expect(names(observation.detected, unseen)).toBe(false);
    // The scan set the same names apart: the flag's reading agrees with it, so no second list is kept.
    expect(observation.detectedOnPage).toBeUndefined();
    await page.close();
  });

  it('poisoning its own world and spoofing Spoor’s highlight names: the badge and the flag come from Spoor’s reading', async () => {
    const { page, tabId, flag } = await flagged('poisoned');
    const observation = flag.observations[0] as Observation;
    expect(names(observation.detected, 'ball python') && names(observation.detected, 'ivory')).toBe(true);
    // The scan and the captured text agree: nothing the page replaced reached either.
    expect(observation.detectedOnPage).toBeUndefined();
    expect(flag.ad.title).toBe('Young ball python, captive bred');
    expect(JSON.stringify(flag)).not.toContain('forged');
    expect((await badgeOf(launched().serviceWorker, tabId)).text).toMatch(/^[1-9]\d*$/);
    await page.close();
  });

  it('claiming another site’s URL and contradicting its visible ad: the tab’s URL is the evidence, the claim apart', async () => {
    const { page, flag } = await flagged('urlClaims');
    const observation = flag.observations[0] as Observation;
    // The URL the address bar shows after the page's pushState, on the page's real host.
    expect(observation.url).toBe(server().url('/hostile-flag/another-ad.html?id=2'));
    expect(new URL(flag.canonicalUrl).host).toBe(new URL(server().origin).host);
    expect(flag.platform.host).toBe(new URL(server().origin).hostname);
    expect(flag.ad.claimedCanonical).toBe('https://www.ebay.de/itm/1234567890');
    // Whatever the structured data says, the names are those of the visible text.
    expect(names(observation.detected, 'ivory')).toBe(true);
    await page.close();
  });

  it('giving another price and seller in markup no buyer sees: the record holds the shown ones, the markup’s as disputed', async () => {
    const { page, flag } = await flagged('markupContradicts');
    const observation = flag.observations[0] as { ad: Record<string, any>; recordSha256: string };
    for (const ad of [flag.ad, observation.ad]) {
      expect(ad.price).toEqual({ amount: 320, currency: 'EUR' });
      expect(ad.seller.name).toBe('Ivan Petrov');
      expect(ad.disputed).toEqual({
        price: { source: 'json-ld', value: '5 EUR' },
        seller: { source: 'json-ld', value: 'Resin Crafts Outlet' },
      });
    }
    await page.close();
  });
});
