import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { openDetectPage, paintedByCase } from './detect-support';

// A seller who shows buyers a name a keyword tool reads apart, or takes back a name Spoor has read (hostile29,
// hostile-sellers.html). Main missed: a binomial written a letter a span, shuffled, that a flex box's `order` draws
// in order (more than the dozen pieces main read by their boxes); words a ::after draws right to left with an
// override; a list marker a `@counter-style` of words draws, and (hostile29b) a counter such a style draws in a
// ::before's content; a submit button's label; a select's group label and a choice not chosen. And when the page
// removed the rules that drew a name backwards or in a ::after, main kept it painted and counted. Spaced capitals,
// a colour choice, a numbered step and a plain button stay quiet.

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/hostile-sellers.html'));
});
afterAll(() => close?.());

/** The taxa of the tab's report, sorted, each marked when counted with the image descriptions (drawn words are). */
async function reportedTaxa(): Promise<string[]> {
  const entries = await extension.serviceWorker.evaluate(async (id) => {
    const key = `detect/tab/${id}`;
    const found: string[] = [];
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const entry = value as { entryId?: string; inAttributes?: true };
        if (entry.entryId === undefined) Object.values(value).forEach(collect);
        else found.push(`${entry.entryId}${entry.inAttributes ? ' (described)' : ''}`);
      }
    };
    collect((await chrome.storage.session.get(key))[key]);
    return found;
  }, tabId);
  return [...new Set(entries)].sort();
}

/** Each case's painted ranges, joined by "|". */
async function painted(): Promise<Record<string, string>> {
  const byCase = await paintedByCase(page);
  return Object.fromEntries(Object.entries(byCase).map(([name, texts]) => [name, texts.join('|')]));
}

/** The ranges painted in the letter-per-span case, read left to right as the page draws them. */
const lettersAsDrawn = () =>
  page.evaluate(() => {
    const letters = document.querySelector('.letters')!;
    return [...CSS.highlights.values()]
      .flatMap((highlight) => [...(highlight as unknown as Iterable<Range>)])
      .filter((range) => letters.contains(range.commonAncestorContainer))
      .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
      .map((range) => range.toString())
      .join('');
  });

it('reads names a layout, an override or a form shows, and nothing in spaced capitals or a colour choice', async () => {
  // A busy machine (load 40 and more) can take most of this.
  await expect
    .poll(reportedTaxa, { timeout: 120_000 })
    .toEqual([
      'ara-macao (described)',
      'cacatua-moluccensis (described)',
      'chelonia-mydas (described)',
      'crocodylus-niloticus',
      'loxodonta-africana (described)',
      'manis-javanica (described)',
      'panthera-tigris (described)',
      'psittacus-erithacus',
      'python-regius (described)',
    ]);
  expect(await painted()).toEqual({
    'letter-per-span': expect.stringContaining('|'),
    'flip-removed': 'sucitolin sulydocorC',
    'flipped-after': '',
    'counter-style': '',
    'counter-content': '',
    'drawn-removed': '',
    form: '',
    'ordinary-counter': '',
    'spaced-words': '',
    'ordinary-form': '',
  });
  // Every letter painted, read in the order drawn (the space between the words holds no letter to paint).
  expect(await lettersAsDrawn()).toBe('Psittacuserithacus');
});

it('takes back the names read under rules the page then removes', async () => {
  await page.evaluate(() => {
    const sheet = (document.getElementById('removable') as HTMLStyleElement).sheet!;
    while (sheet.cssRules.length > 0) sheet.deleteRule(0);
  });
  // No element change tells of a rule removed: the sheets are counted again while the researcher is at the page.
  let x = 0;
  const movedThenReported = async () => {
    await page.mouse.move((x = (x + 37) % 400), 200);
    return reportedTaxa();
  };
  await expect
    .poll(movedThenReported, { timeout: 120_000 })
    .toEqual([
      'cacatua-moluccensis (described)',
      'chelonia-mydas (described)',
      'loxodonta-africana (described)',
      'manis-javanica (described)',
      'panthera-tigris (described)',
      'psittacus-erithacus',
      'python-regius (described)',
    ]);
  expect((await painted())['flip-removed']).toBe('');
});
