import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { watchDrawnSwaps } from '@/lib/flags/drawn-swaps';

const adPage = () =>
  new JSDOM(
    `<style>.photo { background-image: url(bangle.jpg) } .photo.other { background-image: url(resin.jpg) }</style>
     <h1>Carved ivory bangle</h1><img id="main" src="bangle-1.jpg" srcset="bangle-1@2x.jpg 2x">
     <div class="photo" id="side"></div><p>Price: 320 EUR</p><div id="host"></div>`,
  ).window.document;

/** A font face as the watch sees one: what it draws and whether its glyphs are in. */
const face = (family: string, status: FontFaceLoadStatus = 'loaded') =>
  ({ family, style: 'normal', weight: '400', unicodeRange: 'U+0-10FFFF', status }) as FontFace;

describe('the watch over what a page draws besides its text', () => {
  it('sees an image source, a srcset or a background image swapped for a frame and put back', () => {
    const swaps: ((doc: Document) => () => void)[] = [
      (doc) => {
        const img = doc.getElementById('main')!;
        img.setAttribute('src', 'resin-1.jpg');
        return () => img.setAttribute('src', 'bangle-1.jpg');
      },
      (doc) => {
        const img = doc.getElementById('main')!;
        img.setAttribute('srcset', 'resin-1@2x.jpg 2x');
        return () => img.setAttribute('srcset', 'bangle-1@2x.jpg 2x');
      },
      (doc) => {
        const side = doc.getElementById('side')!;
        side.classList.add('other');
        return () => side.classList.remove('other');
      },
    ];
    for (const swap of swaps) {
      const doc = adPage();
      const watch = watchDrawnSwaps(doc);
      const back = swap(doc);
      watch.frame();
      expect(watch.swappedBack()).toBe(false);
      back();
      watch.frame();
      expect(watch.swappedBack()).toBe(true);
    }
  });

  it('takes a swap undone before any frame, and a picture that changes and stays (a lazy image), as no swap', () => {
    const doc = adPage();
    const watch = watchDrawnSwaps(doc);
    const img = doc.getElementById('main')!;
    img.setAttribute('src', 'resin-1.jpg');
    img.setAttribute('src', 'bangle-1.jpg');
    watch.frame();
    img.setAttribute('src', 'bangle-1-large.jpg');
    watch.frame();
    watch.frame();
    expect(watch.swappedBack()).toBe(false);
  });

  it('follows the pictures of a shadow root it is told of', () => {
    const doc = adPage();
    const watch = watchDrawnSwaps(doc);
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<img src="bangle-2.jpg">';
    watch.follow(root);
    root.querySelector('img')!.setAttribute('src', 'resin-2.jpg');
    watch.frame();
    root.querySelector('img')!.setAttribute('src', 'bangle-2.jpg');
    expect(watch.swappedBack()).toBe(true);
  });

  it('sees a font face added for a frame and taken away, beside a face that arrives and stays', () => {
    const shopFont = face('Shop Sans', 'loading');
    const faces = new Set<FontFace>([shopFont]);
    const doc = adPage();
    Object.defineProperty(doc, 'fonts', { value: faces });
    const watch = watchDrawnSwaps(doc);
    Object.assign(shopFont, { status: 'loaded' });
    watch.frame();
    expect(watch.swappedBack()).toBe(false);
    const decoy = face('Shop Sans');
    faces.add(decoy);
    watch.frame();
    expect(watch.swappedBack()).toBe(false);
    faces.delete(decoy);
    expect(watch.swappedBack()).toBe(true);
  });

  it('takes a face renamed for a frame and named back as a swap', () => {
    const shopFont = face('Shop Sans');
    const doc = adPage();
    Object.defineProperty(doc, 'fonts', { value: new Set([shopFont]) });
    const watch = watchDrawnSwaps(doc);
    Object.assign(shopFont, { family: 'Shop Sans Decoy' });
    watch.frame();
    Object.assign(shopFont, { family: 'Shop Sans' });
    expect(watch.swappedBack()).toBe(true);
  });
});
