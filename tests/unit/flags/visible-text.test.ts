import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_VISIBLE_TEXT, visibleText } from '@/lib/flags/visible-text';
import { UNPACED, type Pace } from '@/lib/scheduling/pace';

// jsdom has no layout, so no innerText: these check the walk and the bounds. What CSS hides is left out by the
// browser's innerText, checked on a real page in tests/e2e/reliability/hostile-flag.test.ts.
describe('the visible text a flag reads', () => {
  it('reads the document, then the text of shadow roots the reader can see (open, or closed through the API)', async () => {
    const { document } = new JSDOM('<p>Ivory bangle</p><listing-card></listing-card><other-card></other-card>').window;
    const open = document.querySelector('listing-card')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>Open: ball python</p>';
    const closed = document.querySelector('other-card')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Closed: rhino horn</p>';
    const roots = new Map<Element, ShadowRoot>([
      [document.querySelector('listing-card')!, open],
      [document.querySelector('other-card')!, closed],
    ]);
    const { text, cut } = await visibleText(document, (element) => roots.get(element) ?? null);
    expect(cut).toBeUndefined();
    expect(text).toContain('Ivory bangle');
    expect(text).toContain('Open: ball python');
    expect(text).toContain('Closed: rhino horn');
    expect((await visibleText(document)).text).not.toContain('Closed: rhino horn');
  });

  it('reads a root in place of its host and a slot as its assigned nodes, in the order the page is drawn', async () => {
    const { document } = new JSDOM('<h1>Ivory bangle</h1><price-tag><b>320 €</b></price-tag><p>Seller: Anna</p>')
      .window;
    const tag = document.querySelector('price-tag')!;
    const before = (await visibleText(document)).text;
    // An honest component that copies its text into its root: the light text is no longer drawn, the root's is.
    tag.attachShadow({ mode: 'open' }).innerHTML = '<span>320 €</span>';
    const copied = await visibleText(document, (element) => (element === tag ? tag.shadowRoot : null));
    expect(copied.text).toBe(before);
    tag.shadowRoot!.innerHTML = '<span>Price: <slot></slot> incl. VAT</span>';
    const slotted = await visibleText(document);
    expect(slotted.text.split('\n')).toEqual(['Ivory bangle', 'Price: 320 € incl. VAT', 'Seller: Anna']);
  });

  it('keeps the lines of preformatted text as the reader sees them, and joins source lines elsewhere', async () => {
    const { document } = new JSDOM(
      '<pre style="white-space: pre">Lot 4: Grey\r\nParrot cage, brass\n\n<b>Lot 5</b>\n</pre>' +
        '<div style="white-space: pre-line">Item   Grey\nPython skin belt</div>' +
        '<p>Grey\n   Parrot, hand reared</p>',
    ).window;
    expect((await visibleText(document)).text.split('\n')).toEqual([
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

  it('is cut at its character bound, however long the page, and says so', async () => {
    const { document } = new JSDOM(`<p>${'Elfenbein '.repeat(50_000)}</p><p>Nashorn</p>`).window;
    const { text, cut } = await visibleText(document);
    expect(text).toHaveLength(MAX_VISIBLE_TEXT);
    expect(cut).toEqual({ reason: 'characters', characters: MAX_VISIBLE_TEXT, after: expect.stringMatching(/ein $/) });
  });

  // The bounds are MAX_JUDGED_TEXTS and MAX_WALKED_NODES; smaller ones here keep jsdom's pages small.
  const bounds = { characters: MAX_VISIBLE_TEXT, judged: 300, walked: 2_000 };

  it('reads a document still being parsed as far as it has arrived, and says it ended there', async () => {
    const page = new JSDOM('<h1>Netsuke aus Elfenbein</h1><p>Preis 480 €</p>').window.document;
    Object.defineProperty(page, 'readyState', { value: 'loading' });
    const { text, cut } = await visibleText(page);
    expect(text).toBe('Netsuke aus Elfenbein\nPreis 480 €');
    expect(cut).toEqual({ reason: 'loading', characters: text.length, after: text });
  });

  it('judges at most its bound of text nodes on a page of many short texts, and says where it stopped', async () => {
    const rows = Array.from({ length: 800 }, (_, i) => `<div>#${i}</div>`).join('');
    const { document } = new JSDOM(`<body>${rows}</body>`).window;
    const { text, cut } = await visibleText(document, undefined, { bounds });
    expect(text.split('\n')).toHaveLength(300);
    expect(cut).toEqual({ reason: 'nodes', characters: text.length, after: expect.stringMatching(/\n#299$/) });
  });

  it('walks at most its bound of nodes, however few of them hold text, shadow roots included', async () => {
    const { document } = new JSDOM(`<body>${'<i></i>'.repeat(2_500)}<p>Nashorn</p></body>`).window;
    let asked = 0;
    const { text, cut } = await visibleText(document, () => (asked++, null), { bounds });
    expect(text).not.toContain('Nashorn');
    expect(cut).toEqual({ reason: 'nodes', characters: 0, after: '' });
    expect(asked).toBeLessThanOrEqual(bounds.walked + 1); // the body, then each node walked
  });

  it('yields between slices, so the page is never held for long', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => `<p>Zeile ${i}</p>`).join('');
    const { document } = new JSDOM(`<body>${rows}</body>`).window;
    let pauses = 0;
    const pace: Pace = { ...UNPACED, due: () => true, pause: async () => void pauses++ };
    await visibleText(document, undefined, { pace });
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((2_000 * 2) / 256));
  });
});
