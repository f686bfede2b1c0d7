import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { openScannedPage, pressFlagShortcut, readDatabase, setResearcher } from '../flag-support';
import { heavyPages } from './hostile/heavy-pages';
import { serveHostilePages } from './hostile/page';

/**
 * A seller's page of a million nodes against the flag: the reading of its shown text is bounded (lib/flags/
 * visible-text.ts), so the flag is saved, and its observation says the reading was cut and where.
 */
const page = heavyPages.find((candidate) => candidate.title === '1,000,000 nodes')!;
let extension: LoadedExtension;
let server: TestServer;

beforeAll(async () => {
  server = await serveHostilePages([page]);
  extension = await launchWithExtension();
  await setResearcher(extension.serviceWorker, { researcherId: 'e2e.researcher', survey: 'Huge pages' });
}, 120_000);
afterAll(async () => {
  await extension?.close();
  await server?.close();
});

describe('flagging a page of a million nodes', () => {
  it('saves the flag, its names read up to the bound, and says where the reading was cut', async () => {
    const { page: tab, tabId } = await openScannedPage(extension, server.url(`/${page.name}.html`));
    await tab.bringToFront();
    await pressFlagShortcut(extension.serviceWorker, tabId);
    const stored = async () => (await readDatabase(extension.serviceWorker)).flags[0];
    await expect.poll(stored, { timeout: 240_000, interval: 1_000 }).toBeDefined();
    const [observation] = (await stored())!.observations;
    expect(observation.textCut).toEqual({
      reason: 'nodes',
      characters: expect.any(Number),
      // The rows read last: "#<row> Fahrrad jung Berlin 850 € heute Versand 900 €" lines.
      after: expect.stringMatching(/Versand 900 €$/),
    });
    expect(observation.detected.flatMap((found: { matched: string[] }) => found.matched)).toContain('Graupapagei');
  }, 400_000);
});
