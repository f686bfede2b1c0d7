import { describe, expect, it } from 'vitest';
import { hostileFlagging } from './hostile-flagging';
import { paintTamperRoute, type PaintTamperPage } from './paint-tamper-pages';

/**
 * Pages that hide Spoor's highlights from the researcher (paint-tamper-pages.ts): the flag says what the page did to
 * them (lib/flags/paint-check.ts, run by the page reader before the screenshot), and honest pages get no note.
 */
const { flagged } = hostileFlagging(paintTamperRoute, 'Paint tampering');

interface Observation {
  url: string;
  detected: { matched: string[] }[];
  paintTampering?: string[];
}

/** Opens a page, waits for Spoor's badge, flags it with the shortcut and returns the stored observation. */
async function flaggedObservation(name: PaintTamperPage): Promise<Observation> {
  const { page, observation } = await flagged(`/paint-tamper/${name}.html`);
  await page.close();
  return observation as Observation;
}

const CASES: [PaintTamperPage, string[] | undefined][] = [
  ['restyled', ['restyled']],
  ['deleted', ['removed']],
  ['replaced', ['replaced']],
  ['overpainted', ['overpainted']],
  ['covered', ['covered']],
  ['coveredPassThrough', ['covered']],
  ['shadowRestyled', ['restyled']],
  ['shadowAdopted', ['restyled']],
  ['ownHighlight', undefined],
  ['stickyHeader', undefined],
  ['passThroughFrame', undefined],
  ['underlay', undefined],
  ['shadowCoveredPassThrough', ['covered']],
  ['shadowStickyHeader', undefined],
  ['shadowHonest', undefined],
  // Spoor registers only the ranges near the view: the check reads what it paints from the painter's own list.
  ['farBelow', undefined],
  ['deletedFar', ['removed']],
];

describe('a page against Spoor’s highlights', () => {
  it.each(CASES)(
    '%s: the flag records %j',
    async (name, expected) => {
      const observation = await flaggedObservation(name);
      // The names are recorded whatever the page did to their paint.
      const words = observation.detected.flatMap((d) => d.matched.map((w) => w.toLowerCase()));
      expect(words.some((word) => word.includes('ivory'))).toBe(true);
      expect(observation.paintTampering).toEqual(expected);
    },
    120_000,
  );
});
