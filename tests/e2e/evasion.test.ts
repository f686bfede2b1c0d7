import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoadedExtension } from './support/extension';
import { badgeText, openDetectPage, waitForHighlights } from './detect-support';

let extension: LoadedExtension;
let page: Page;
let tabId: number;
let close: () => Promise<void>;

const CASES = 25;

beforeAll(async () => {
  ({ extension, page, tabId, close } = await openDetectPage('/evasion.html'));
  await waitForHighlights(page, 'app-i', (size) => size >= CASES, `${CASES} or more`);
});
afterAll(() => close?.());

/**
 * Per case on the page: the texts of the Appendix I ranges inside it, invisible characters removed, white space
 * collapsed.
 */
function highlightedByCase(target: Page): Promise<Record<string, string[]>> {
  return target.evaluate(() => {
    const ranges = [...(CSS.highlights.get('spoor-app-i') as unknown as Iterable<Range>)];
    const found: Record<string, string[]> = {};
    for (const paragraph of document.querySelectorAll('[data-case]')) {
      found[paragraph.getAttribute('data-case')!] = ranges
        .filter((range) => paragraph.contains(range.commonAncestorContainer))
        .map((range) =>
          range
            .toString()
            .replace(/[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu, '')
            .replace(/\s+/g, ' '),
        );
    }
    return found;
  });
}

/** What each paragraph's highlight covers once invisibles are removed: the page's own characters. */
const EXPECTED: Record<string, string> = {
  rlo: 'sucahtire sucattisP',
  'rli-rlo': 'sucahtire sucattisP',
  bdo: 'sucahtire sucattisP',
  cyrillic: 'Psitt\u0430cus erith\u0430cus',
  greek: 'Psittacus er\u03B9thacus',
  // The range runs over the <br>, which has no text of its own.
  br: 'Loxodontaafricana',
  spans: 'Loxodonta africana',
  // A style's override, in the element's style attribute or from the page's style sheet, reads as drawn.
  'css-rtl': 'sucahtire sucattisP',
  'css-rtl-sheet': 'sucahtire sucattisP',
  // The override set by a class in the page's style sheet alone, on the words or on the elements around them.
  'css-rtl-class': 'sucahtire sucattisP',
  'css-rtl-children': 'sucahtire sucattisP',
  // Two display:block spans, adjacent in reading order: the range runs from one into the other.
  'block-spans': 'Loxodontaafricana',
  // A hyphen at the line end: the range runs over it and the <br>.
  'hyphen-br': 'Loxo-donta africana',
  // Two table cells, adjacent in reading order: the range runs over the white space between them.
  cells: 'Loxodonta africana',
};

it('sees a name through invisible characters, bidi overrides (by control, element or style), look-alike letters, <br>, block boxes, a line-end hyphen and adjacent cells', async () => {
  const found = await highlightedByCase(page);
  expect(Object.keys(found)).toHaveLength(CASES);
  for (const [name, texts] of Object.entries(found)) {
    expect({ name, texts }).toEqual({ name, texts: [EXPECTED[name] ?? 'Psittacus erithacus'] });
  }
});

it('counts a name in an image description and a form value in the popup, without painting or badging it', async () => {
  const painted = await page.evaluate(() =>
    [...CSS.highlights.values()].some((highlight) =>
      [...(highlight as unknown as Iterable<Range>)].some((range) => range.toString().includes('Testudo')),
    ),
  );
  expect(painted).toBe(false);
  // Psittacus erithacus and Loxodonta africana: the tortoise named only in attributes is not counted.
  await expect.poll(() => badgeText(extension, tabId)).toBe('2');
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByText('Also in image descriptions, titles and form fields: Testudo hermanni').waitFor();
  await popup.close();
});
