import { pagesRoute } from '../support/pages-route';
import { onConceal } from './hostile-capture-late-pages';

/*
 * Sellers' pages that change what the screenshot pictures without changing a word: the ad's photo (an image's source,
 * its srcset, a background image) or its font (a face whose glyphs draw other letters) swapped for one drawn frame;
 * and pages that do the like honestly: a component copying its own text into its root as it comes to life, a lazy
 * photo loading, a web font arriving. Each is served as /hostile-capture-drawn/<name>.html on 127.0.0.1, its script
 * inline; each swap lasts one drawn frame (onConceal), `window.swaps` counts them.
 */

/** A one-colour picture: the photos here are placeholders, only which one is drawn matters. */
const picture = (colour: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160"><rect width="240" height="160" fill="${colour}"/></svg>`,
  )}`;
const IVORY = picture('#f3ead2');
const RESIN = picture('#e9e4da');
const IVORY_2X = picture('#efe3c4');

/** The ad: a heading, the photo (as `photo` draws it), price, seller and a description in the shop's font. */
const ad = (photo: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Carved ivory bangle</title><style>body { font-family: 'Shop Sans', sans-serif }
.photo { width: 240px; height: 160px; background-image: url("${IVORY}") } .photo.decoy { background-image: url("${RESIN}") }
</style>${head}</head>
<body><h1>Carved ivory bangle, old stock</h1>${photo}
<div id="ad"><p>Price: € 320</p><p>Seller: Ivan Petrov</p><p>Genuine elephant ivory, hand carved.</p></div>`;

const img = `<img id="photo" alt="The bangle" width="240" height="160" src="${IVORY}" srcset="${IVORY_2X} 2x">`;

/** The photo's `src` points at a resin bangle for one frame. */
const imageSrcOnConceal =
  ad(`<img id="photo" alt="The bangle" width="240" height="160" src="${IVORY}">`) +
  onConceal(
    `document.getElementById('photo').src = ${JSON.stringify(RESIN)};`,
    `document.getElementById('photo').src = ${JSON.stringify(IVORY)};`,
  );

/** The photo's `srcset` (what a sharp screen draws) points at a resin bangle for one frame. */
const imageSrcsetOnConceal =
  ad(img) +
  onConceal(
    `document.getElementById('photo').srcset = ${JSON.stringify(`${RESIN} 2x`)};`,
    `document.getElementById('photo').srcset = ${JSON.stringify(`${IVORY_2X} 2x`)};`,
  );

/** The gallery's photo is a background image its class swaps for a resin one for one frame. */
const backgroundOnConceal =
  ad('<div id="photo" class="photo" role="img" aria-label="The bangle"></div>') +
  onConceal(
    `document.getElementById('photo').classList.add('decoy');`,
    `document.getElementById('photo').classList.remove('decoy');`,
  );

/**
 * A font face the page loaded in advance is put in the shop's family for one frame and taken out: its glyphs may draw
 * any letters for the words the reading found.
 */
const fontFaceOnConceal =
  ad(
    img,
    `<script>window.decoyFont = new FontFace('Shop Sans', 'local("DejaVu Sans"), local("Arial")');
window.decoyFont.load().catch(() => {});</script>`,
  ) + onConceal(`document.fonts.add(window.decoyFont);`, `document.fonts.delete(window.decoyFont);`);

/**
 * Honest: the price and seller are components defined while the screenshot is taken; each copies the text it holds
 * into its own closed root (as many design systems render) and shows it there.
 */
const copyingComponent = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
</head><body><h1>Carved ivory bangle, old stock</h1>${img}
<div id="ad"><p><shop-price>Price: € 320</shop-price></p><p><shop-seller>Seller: Ivan Petrov</shop-seller></p>
<p>Genuine elephant ivory.</p></div>${onConceal(
  `if (!customElements.get('shop-price')) {
      const copying = class extends HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'closed' });
          const shown = document.createElement('span');
          shown.textContent = this.textContent;
          root.append(shown);
        }
      };
      customElements.define('shop-price', copying);
      customElements.define('shop-seller', class extends copying {});
    }`,
  '',
)}`;

/** Honest: the photo is lazy: a placeholder until the page loads the real one, which then stays. */
const honestLazyImage =
  ad(`<img id="photo" alt="The bangle" width="240" height="160" src="${picture('#dddddd')}">`) +
  onConceal(`document.getElementById('photo').src = ${JSON.stringify(IVORY)};`, '');

/** Honest: the shop's web font arrives while the screenshot is taken, and stays. */
const honestFontArrives =
  ad(img) +
  onConceal(
    `if (!window.shopFont) {
      window.shopFont = new FontFace('Shop Sans', 'local("DejaVu Sans"), local("Arial")');
      document.fonts.add(window.shopFont);
      window.shopFont.load().catch(() => {});
    }`,
    '',
  );

export const HOSTILE_CAPTURE_DRAWN_PAGES = {
  imageSrcOnConceal,
  imageSrcsetOnConceal,
  backgroundOnConceal,
  fontFaceOnConceal,
  copyingComponent,
  honestLazyImage,
  honestFontArrives,
} as const;
export type HostileCaptureDrawnPage = keyof typeof HOSTILE_CAPTURE_DRAWN_PAGES;

/** Serves /hostile-capture-drawn/<name>.html. */
export const hostileCaptureDrawnRoute = pagesRoute('hostile-capture-drawn', HOSTILE_CAPTURE_DRAWN_PAGES);
