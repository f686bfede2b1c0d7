import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase, taxonReport } from './detect-support';

// Names a seller writes in the colour of what lies behind them (the same colour, transparent, alpha 0, a transparent
// text fill) are hidden text: neither painted nor counted, only mentioned. Text that is merely faint (a light grey on
// white), light on a dark panel or on a picture laid under it, on a gradient or outlined stays shown
// (lib/detect/blends-in.ts' contrast threshold).

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

const HIDDEN = ['white-on-white', 'near-white', 'transparent', 'alpha-zero', 'fill-transparent', 'dark-on-dark'];
const HIDDEN_ALL = [...HIDDEN, 'white-on-translucent'];
const SHOWN = ['light-on-dark', 'over-picture', 'plain', 'faint', 'grey', 'gradient', 'stroked'];

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/colour-hidden.html'));
});
afterAll(() => close?.());

it('paints and counts no name written in the colour behind it, and keeps every faint but visible one', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect
    .poll(() => taxonReport(extension, tabId, 'psittacus-erithacus'), { timeout: 120_000 })
    .toEqual([[SHOWN.length, false]]);
  await expect.poll(() => taxonReport(extension, tabId, 'panthera-tigris')).toEqual([[HIDDEN_ALL.length, true]]);
  const painted = await paintedByCase(page);
  expect(Object.fromEntries(HIDDEN_ALL.map((name) => [name, painted[name]]))).toEqual(
    Object.fromEntries(HIDDEN_ALL.map((name) => [name, []])),
  );
  expect(Object.fromEntries(SHOWN.map((name) => [name, painted[name]]))).toEqual(
    Object.fromEntries(SHOWN.map((name) => [name, ['Psittacus erithacus']])),
  );
});
