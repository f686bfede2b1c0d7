import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_VISIBLE_TEXT, visibleText } from '@/lib/flags/visible-text';

// jsdom has no layout, so no innerText: these check the walk and the bounds. What CSS hides is left out by the
// browser's innerText, checked on a real page in tests/e2e/reliability/hostile-flag.test.ts.
describe('the visible text a flag reads', () => {
  it('reads the document, then the text of shadow roots the reader can see (open, or closed through the API)', () => {
    const { document } = new JSDOM('<p>Ivory bangle</p><listing-card></listing-card><other-card></other-card>').window;
    const open = document.querySelector('listing-card')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>Open: ball python</p>';
    const closed = document.querySelector('other-card')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Closed: rhino horn</p>';
    const roots = new Map<Element, ShadowRoot>([
      [document.querySelector('listing-card')!, open],
      [document.querySelector('other-card')!, closed],
    ]);
    const text = visibleText(document, (element) => roots.get(element) ?? null);
    expect(text).toContain('Ivory bangle');
    expect(text).toContain('Open: ball python');
    expect(text).toContain('Closed: rhino horn');
    expect(visibleText(document)).not.toContain('Closed: rhino horn');
  });

  it('keeps the lines of preformatted text as the reader sees them, and joins source lines elsewhere', () => {
    const { document } = new JSDOM(
      '<pre style="white-space: pre">Lot 4: Grey\r\nParrot cage, brass\n\n<b>Lot 5</b>\n</pre>' +
        '<div style="white-space: pre-line">Item   Grey\nPython skin belt</div>' +
        '<p>Grey\n   Parrot, hand reared</p>',
    ).window;
    expect(visibleText(document).split('\n')).toEqual([
      'Lot 4: Grey',
      'Parrot cage, brass',
      '',
      'Lot 5',
      '',
      'Item Grey',
      'Python skin belt',
      'Grey Parrot, hand reared',
    ]);
  });

  it('is cut at its bound, however long the page', () => {
    const { document } = new JSDOM(`<p>${'Elfenbein '.repeat(50_000)}</p>`).window;
    expect(visibleText(document)).toHaveLength(MAX_VISIBLE_TEXT);
  });
});
