import { pagesRoute } from '../support/pages-route';

/*
 * Sellers' pages that change what the screenshot shows without changing their text, or draw their ad's fields with
 * style sheets: each is served as /hostile-capture/<name>.html on 127.0.0.1, its script inline (no CSP here).
 */

/**
 * As Spoor's highlights leave the registry for the screenshot, hides its ad with an inline style and shows a decoy
 * held in the page all along (`hidden`), for one task only: both of the flag's readings find the ad, and no text node
 * ever changes. `window.restyles` counts the swaps.
 */
const restyleOnConceal = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title></head>
<body><h1>Carved ivory bangle, old stock</h1>
<div id="ad"><p>Price: € 320</p><p>Seller: Ivan Petrov</p><p>Genuine elephant ivory.</p></div>
<div id="decoy" hidden><p>Price: € 5</p><p>Seller: Resin Crafts Outlet</p></div>
<script>
const ad = document.getElementById('ad');
const decoy = document.getElementById('decoy');
let painted = false;
window.restyles = 0;
setInterval(() => {
  const now = CSS.highlights.has('spoor-trade');
  if (painted && !now) {
    window.restyles++;
    ad.style.display = 'none';
    decoy.hidden = false;
    setTimeout(() => {
      ad.removeAttribute('style');
      decoy.hidden = true;
    }, 0);
  }
  painted = now;
}, 1);
</script></body></html>`;

/**
 * The ad's price inside a closed shadow root, which shows another price for one task as Spoor's highlights leave for
 * the screenshot. `window.flickers` counts the swaps.
 */
const shadowFlickerOnConceal = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title></head>
<body><h1>Carved ivory bangle, old stock</h1><p>Genuine elephant ivory. Seller: Ivan Petrov</p><ad-price></ad-price>
<script>
const root = document.querySelector('ad-price').attachShadow({ mode: 'closed' });
root.innerHTML = '<p>Price: <b>€ 320</b></p>';
const price = root.querySelector('b');
let painted = false;
window.flickers = 0;
setInterval(() => {
  const now = CSS.highlights.has('spoor-trade');
  if (painted && !now) {
    window.flickers++;
    price.textContent = '€ 5';
    setTimeout(() => (price.textContent = '€ 320'), 0);
  }
  painted = now;
}, 1);
</script></body></html>`;

/**
 * An honest ad on a busy page: a spinner without text turning its class, a tracker writing data-* attributes and a
 * style written and put back within one task, all the time: nothing the reader reads changes.
 */
const busyButSteady = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<style>.turn { transform: rotate(90deg) }</style></head>
<body><h1>Carved ivory bangle, old stock</h1><p>Price: € 320</p><p>Seller: Ivan Petrov</p>
<p id="text">Genuine elephant ivory.</p><i id="spinner" class="spin"></i>
<script>
const spinner = document.getElementById('spinner');
const text = document.getElementById('text');
let ticks = 0;
setInterval(() => {
  spinner.classList.toggle('turn');
  document.body.dataset.seen = String(++ticks);
  text.style.outline = '1px solid red';
  text.removeAttribute('style');
}, 1);
</script></body></html>`;

/**
 * An ad whose price, its currency and its seller's name only its style sheet draws (`content: attr(…)` and strings),
 * as sites that keep their prices from scrapers do, while its markup claims another price: the researcher saw
 * "Price: 320 €" from Ivan Petrov.
 */
const drawnFields = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Carved ivory bangle",
"offers":{"@type":"Offer","price":"5","priceCurrency":"EUR"}}</script>
<style>.amount::after { content: attr(data-amount) " €" } .who::before { content: "Ivan Petrov" }
.gone { display: none } .gone::after { content: "Resin Crafts Outlet" }</style></head>
<body><main><h1>Carved ivory bangle, old stock</h1><p>Price: <span class="amount" data-amount="320"></span></p>
<p>Seller: <span class="who"></span><span class="gone"></span></p><p>Genuine elephant ivory.</p></main></body></html>`;

export const HOSTILE_CAPTURE_PAGES = { restyleOnConceal, shadowFlickerOnConceal, busyButSteady, drawnFields } as const;
export type HostileCapturePage = keyof typeof HOSTILE_CAPTURE_PAGES;

/** Serves /hostile-capture/<name>.html. */
export const hostileCaptureRoute = pagesRoute('hostile-capture', HOSTILE_CAPTURE_PAGES);
