import { describe, expect, it } from 'vitest';
import { readDatabase } from './flag-support';
import { withServedExtension } from './support/served-extension';
import { openExtensionPage, openScanned, until } from './support/surfaces';

/* No unnamed evidence: the welcome page on install, and the popup's question before a first flag. */

const setup = withServedExtension({ each: 'test' });

const storedSettings = () =>
  setup.extension.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

describe('a new researcher', () => {
  it('is welcomed on install and asked who they are; flags then carry it', async () => {
    const welcome = await until('the welcome page', async () =>
      setup.extension.context.pages().find((page) => page.url().endsWith('/welcome.html')),
    );
    const form = welcome.getByRole('form', { name: 'Researcher' });
    await form.getByLabel('Researcher id').fill('lena.v');
    await form.getByLabel('Survey or case').fill('Parrots 2026');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').waitFor();
    expect(await storedSettings()).toMatchObject({ researcherId: 'lena.v', survey: 'Parrots 2026' });

    const { page: ad, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad-parrot.html'));
    const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
    await ad.bringToFront();
    await popup.getByRole('button', { name: 'Flag this ad' }).click();
    await popup.locator('.captured').waitFor();
    const [flag] = (await readDatabase(setup.extension.serviceWorker)).flags;
    expect(flag!.observations[0].capturedBy).toEqual({ researcherId: 'lena.v', survey: 'Parrots 2026' });
  });

  it('who skipped the welcome page is asked for an id in the popup before the first flag', async () => {
    const { page: ad, tabId } = await openScanned(setup.extension, setup.server.url('/flag/ad-parrot.html'));
    const popup = await openExtensionPage(setup.extension, `popup.html?tabId=${tabId}`);
    const prompt = popup.getByRole('form', { name: 'Before your first flag' });
    await prompt.waitFor();
    expect(await popup.getByRole('button', { name: 'Flag this ad', exact: true }).count()).toBe(0);

    await prompt.getByLabel('Researcher id').fill('ben.m');
    await ad.bringToFront();
    await prompt.getByRole('button', { name: 'Save and flag this ad' }).click();
    await popup.locator('.captured').waitFor();
    expect(await popup.locator('.captured').getByRole('status').first().textContent()).toMatch(
      /^Saved: Flagged on .* by ben\.m/,
    );
    expect(await storedSettings()).toMatchObject({ researcherId: 'ben.m' });
    const [flag] = (await readDatabase(setup.extension.serviceWorker)).flags;
    expect(flag!.observations[0].capturedBy.researcherId).toBe('ben.m');
  });
});
