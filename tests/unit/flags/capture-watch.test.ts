import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { endCaptureWatch, startCaptureWatch } from '@/lib/flags/capture-watch';
import { readPage } from '@/lib/flags/read-page';

const url = 'https://shop.example/ad/1';
const adPage = () =>
  new JSDOM(
    `<h1>Carved ivory bangle</h1><p id="price">Price: 320 EUR</p><p id="seller">Seller: Ivan Petrov</p>
     <p id="clock">12:00:00</p>`,
    { url },
  ).window;
/** Lets the page's next task run: what a timer of the page would do between two of Spoor's steps. */
const nextTask = () => new Promise((done) => setTimeout(done, 0));

describe('the watch over a page’s text while a flag captures it', () => {
  it('sees a price swapped and swapped back between the two readings, which then read alike', async () => {
    const { document } = adPage();
    const before = await readPage(document, url, { includeHtml: false, watch: 'start' });
    const price = document.getElementById('price')!;
    price.textContent = 'Price: 5 EUR';
    await nextTask();
    price.textContent = 'Price: 320 EUR';
    await nextTask();
    const after = await readPage(document, url, { includeHtml: false, watch: 'end' });
    expect(after.text).toBe(before.text);
    expect(after.changedMeanwhile).toBe(true);
  });

  it('sees text data rewritten in place, and text taken away', async () => {
    for (const change of [
      (doc: Document) => void ((doc.getElementById('seller')!.firstChild as Text).data = 'Seller: Resin Outlet'),
      (doc: Document) => doc.getElementById('seller')!.remove(),
    ]) {
      const { document } = adPage();
      startCaptureWatch(document);
      change(document);
      await nextTask();
      expect(endCaptureWatch(document)?.changed).toBe(true);
    }
  });

  it('takes the same text written again, moved, or undone within one task, and scripts and styles, as no change', async () => {
    const { document } = adPage();
    startCaptureWatch(document);
    const price = document.getElementById('price')!;
    price.textContent = 'Price: 320 EUR';
    (price.firstChild as Text).data = 'Price: 320 EUR';
    document.body.append(document.getElementById('seller')!);
    price.textContent = 'Price: 5 EUR';
    price.textContent = 'Price: 320 EUR';
    const script = document.createElement('script');
    script.textContent = 'window.tracked = true';
    document.head.append(script);
    document.head.append(Object.assign(document.createElement('style'), { textContent: 'p { color: red }' }));
    document.body.append(document.createComment('ad slot'));
    await nextTask();
    expect(endCaptureWatch(document)?.changed).toBe(false);
  });

  it('answers nothing when no watch was started, and each watch once', async () => {
    const { document } = adPage();
    expect(endCaptureWatch(document)).toBeUndefined();
    const reading = await readPage(document, url, { includeHtml: false, watch: 'end' });
    expect(reading.changedMeanwhile).toBeUndefined();
    startCaptureWatch(document);
    document.getElementById('clock')!.textContent = '12:00:01';
    expect(endCaptureWatch(document)?.changed).toBe(true);
    expect(endCaptureWatch(document)).toBeUndefined();
  });

  it('sees a class, an inline style or `hidden` that hid the ad or showed a decoy, and put it back', async () => {
    const hides = [
      (price: Element) => price.setAttribute('class', 'gone'),
      (price: Element) => price.setAttribute('style', 'display: none'),
      (price: Element) => price.toggleAttribute('hidden'),
    ];
    for (const hide of hides) {
      const { document } = adPage();
      const before = await readPage(document, url, { includeHtml: false, watch: 'start' });
      const price = document.getElementById('price')!;
      hide(price);
      await nextTask();
      for (const name of ['class', 'style', 'hidden']) price.removeAttribute(name);
      await nextTask();
      const after = await readPage(document, url, { includeHtml: false, watch: 'end' });
      expect(after.text).toBe(before.text);
      expect(after.changedMeanwhile).toBe(true);
    }
  });

  it('takes a style put back within one task, an empty one, a restyled box without text and a new element’s class as no change', async () => {
    const { document } = adPage();
    startCaptureWatch(document);
    const price = document.getElementById('price')!;
    // As the paint check does: a style set for one look and put back before the page's next task.
    price.setAttribute('style', 'pointer-events: auto');
    price.removeAttribute('style');
    // A box of many empty ones restyled: searched for text, none found.
    const skeleton = document.body.appendChild(document.createElement('div'));
    skeleton.innerHTML = '<span></span>'.repeat(500);
    const icon = document.body.appendChild(document.createElement('i'));
    icon.className = 'spinner';
    await nextTask();
    icon.className = 'spinner turning';
    price.setAttribute('data-seen', 'yes');
    skeleton.className = 'loading';
    // An empty class or style is none (Chromium reports a style first set by a script as having been "").
    price.setAttribute('class', '');
    price.setAttribute('style', ' ');
    await nextTask();
    expect(endCaptureWatch(document)?.changed).toBe(false);
  });

  it('sees the text of a shadow root the first reading met, and its styles, change and change back', async () => {
    const changes = [
      (price: HTMLElement) => void (price.textContent = 'Price: 5 EUR'),
      (price: HTMLElement) => void (price.style.visibility = 'hidden'),
    ];
    for (const change of changes) {
      const { document } = adPage();
      const card = document.body.appendChild(document.createElement('ad-card'));
      const root = card.attachShadow({ mode: 'open' });
      root.innerHTML = '<p>Price: 320 EUR</p>';
      const before = await readPage(document, url, { includeHtml: false, watch: 'start' });
      const price = root.querySelector('p')!;
      change(price);
      await nextTask();
      price.textContent = 'Price: 320 EUR';
      price.removeAttribute('style');
      await nextTask();
      const after = await readPage(document, url, { includeHtml: false, watch: 'end' });
      expect(after.text).toBe(before.text);
      expect(after.changedMeanwhile).toBe(true);
    }
  });

  it('takes a component upgraded to show the words it showed as no change, and one showing others as a change', async () => {
    const rendering = ['<b><slot></slot></b>', '<b>Price: 320 EUR</b>', '<b>Price: 5 EUR</b>'];
    const changed = [];
    for (const [index, html] of rendering.entries()) {
      const window = adPage();
      const price = window.document.body.appendChild(window.document.createElement(`ad-price-${index}`));
      price.textContent = 'Price: 320 EUR';
      startCaptureWatch(window.document);
      window.customElements.define(
        `ad-price-${index}`,
        class extends window.HTMLElement {
          connectedCallback() {
            this.attachShadow({ mode: 'open' }).innerHTML = html;
          }
        },
      );
      changed.push(endCaptureWatch(window.document)?.changed);
    }
    expect(changed).toEqual([false, false, true]);
  });
});
