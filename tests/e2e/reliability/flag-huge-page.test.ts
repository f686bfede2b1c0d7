import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import type { TestServer } from '../support/server';
import { badgeOf, pressFlagShortcut, readDatabase, setResearcher, tabIdOf } from '../flag-support';
import { expectHighlights, openHostile } from './hostile/checks';
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
    // Its first pass took over 90 s at load 20 (a fixed bound failed it then): wait for the painter's count, which
    // fails only once it stops moving, then for the report that follows the pass.
    const { page: tab } = await openHostile(extension, server, page);
    await expectHighlights(tab, page.expected);
    const tabId = await tabIdOf(extension.serviceWorker, tab.url());
    await expect.poll(async () => (await badgeOf(extension.serviceWorker, tabId)).text).toMatch(/\d/);
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
