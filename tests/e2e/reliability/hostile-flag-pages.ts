import { pagesRoute } from '../support/pages-route';

/*
 * Sellers' pages that fight the evidence a flag captures rather than the scan: each is served as
 * /hostile-flag/<name>.html on 127.0.0.1, its script inline (no CSP here).
 */

/**
 * Swaps its ad for an innocent one whenever Spoor's highlights leave the shared registry (Spoor takes them off the
 * page for its screenshot), and back when they return. `window.swaps` counts the swaps.
 */
const swapOnConceal = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title></head>
<body><h1 id="title">Carved ivory bangle, old stock</h1><p id="text">Genuine elephant ivory, 320 EUR, shipped worldwide.</p>
<script>
const title = document.getElementById('title');
const text = document.getElementById('text');
const shown = [title.textContent, text.textContent];
const innocent = ['Carved resin bangle, old stock', 'Resin, 320 EUR, shipped worldwide.'];
let seen = false;
window.swaps = 0;
setInterval(() => {
  const painted = CSS.highlights.has('spoor-trade');
  if (painted) seen = true;
  const [t, p] = seen && !painted ? innocent : shown;
  if (title.textContent === t) return;
  if (t === innocent[0]) window.swaps++;
  title.textContent = t;
  text.textContent = p;
}, 1);
</script></body></html>`;

/**
 * As Spoor's highlights leave the registry for the screenshot, shows another price and seller for one task only, then
 * its own again: the flag's two readings, before and after the picture, both read 320 EUR from Ivan Petrov.
 * `window.flickers` counts the swaps.
 */
const flickerOnConceal = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title></head>
<body><h1>Carved ivory bangle, old stock</h1><p id="price">Price: € 320</p><p id="seller">Seller: Ivan Petrov</p>
<p>Genuine elephant ivory.</p>
<script>
const price = document.getElementById('price');
const seller = document.getElementById('seller');
let painted = false;
window.flickers = 0;
setInterval(() => {
  const now = CSS.highlights.has('spoor-trade');
  if (painted && !now) {
    window.flickers++;
    price.textContent = 'Price: € 5';
    seller.textContent = 'Seller: Resin Crafts Outlet';
    setTimeout(() => {
      price.textContent = 'Price: € 320';
      seller.textContent = 'Seller: Ivan Petrov';
    }, 0);
  }
  painted = now;
}, 1);
</script></body></html>`;

/**
 * Names hidden from readers, and junk hidden inside a visible word: the ad's visible words are "Bangle, old stock",
 * "Genuine ivory" (with an "x" hidden inside it) and "Young ball python".
 */
const hiddenWords = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bangle</title>
<style>.gone { display: none } .ghost { visibility: hidden }</style></head>
<body><h1>Bangle, old stock</h1>
<p>Genuine ivo<span class="gone">x</span>ry, 320 EUR.</p>
<p>Young ball python, captive bred.</p>
<p class="gone">Pangolin scales</p>
<p class="ghost">Tiger skin rug</p>
<div hidden>Rhino horn cup</div>
<template><p>Shahtoosh shawl</p></template>
</body></html>`;

/**
 * Before Spoor runs, the page replaces what a content script could lean on in its own world, registers highlights
 * under Spoor's names over innocent words (and keeps them there), posts Spoor-shaped messages and events, and gives
 * every element a forged text.
 */
const poisoned = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Young ball python</title>
<script>
const fake = new Highlight();
addEventListener('DOMContentLoaded', () => {
  const range = new Range();
  range.selectNodeContents(document.getElementById('innocent'));
  fake.add(range);
  const names = ['spoor-app-i', 'spoor-app-ii', 'spoor-app-iii', 'spoor-trade'];
  const claim = () => { for (const name of names) if (CSS.highlights.get(name) !== fake) CSS.highlights.set(name, fake); };
  claim();
  setInterval(claim, 2);
  for (const shape of [{ spoorCommand: 'detect/conceal' }, { type: 'detect/report', entries: [] }, { spoor: 'pause' }]) {
    postMessage(shape, '*');
    dispatchEvent(new CustomEvent('spoor:command', { detail: shape }));
    document.documentElement.dataset.spoor = JSON.stringify(shape);
  }
  const forged = { runtime: { id: 'forged', sendMessage() {}, onMessage: { addListener() {} } } };
  window.chrome = forged;
  window.browser = forged;
  window.postMessage = () => undefined;
  JSON.stringify = () => '{"forged":true}';
  JSON.parse = () => ({ forged: true });
  Array.prototype.push = function () { return 0; };
  Array.prototype.map = function () { return []; };
  String.prototype.normalize = function () { return 'forged'; };
  String.prototype.toLowerCase = function () { return 'forged'; };
  RegExp.prototype.exec = function () { return null; };
  Map.prototype.get = function () { return undefined; };
  Function.prototype.bind = function () { return () => undefined; };
  window.MutationObserver = class { observe() {} disconnect() {} takeRecords() { return []; } };
  Object.defineProperty(Node.prototype, 'textContent', { get: () => 'forged', configurable: true });
  Object.defineProperty(CharacterData.prototype, 'data', { get: () => 'forged', configurable: true });
  Object.defineProperty(HTMLElement.prototype, 'innerText', { get: () => 'forged', configurable: true });
  Object.defineProperty(Document.prototype, 'title', { get: () => 'forged', configurable: true });
});
</script></head>
<body><h1>Young ball python, captive bred</h1><p>Carved ivory bangle on request.</p>
<p id="innocent">Fahrrad, kaum gefahren</p></body></html>`;

/**
 * Claims to be another site's ad: rel=canonical, og:url and <base href> on eBay, a JSON-LD Product whose name and
 * price contradict the visible ones, and a history.pushState to another path as soon as it loads.
 */
const urlClaims = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<base href="https://www.ebay.de/">
<link rel="canonical" href="https://www.ebay.de/itm/1234567890">
<meta property="og:url" content="https://www.ebay.de/itm/1234567890">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Vintage resin bangle",
"offers":{"@type":"Offer","price":"5","priceCurrency":"EUR"}}</script></head>
<body><h1>Carved ivory bangle, old stock</h1><p class="price">€ 320</p><p>Genuine elephant ivory.</p>
<script>history.pushState({}, '', location.origin + location.pathname.replace('urlClaims', 'another-ad') + '?id=2');</script>
</body></html>`;

/**
 * Stuffs the ad's marked-up title and its description with text no reader sees (drawn in the colour behind it, at
 * opacity 0, clipped to a pixel): names the researcher never saw, and a denial ("resin replica") the page never showed.
 * The reader sees the title "Old bangle, carved ivory" and "Genuine elephant ivory, 320 EUR."
 */
const stuffedFields = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Old bangle</title>
<style>body { background: #fff; color: #111 } .same { color: #fff } .faded { opacity: 0 }
.clipped { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }</style></head>
<body><main itemscope itemtype="https://schema.org/Product">
<h1 itemprop="name">Old bangle,<span class="same"> rhino horn cup,</span> carved ivory<span class="faded"> resin replica</span><span class="clipped"> tiger skin</span></h1>
<p itemprop="description">Genuine elephant ivory, 320 EUR.<span class="same"> Pangolin scales on request.</span></p>
</main></body></html>`;

/**
 * Gives, in markup no buyer sees, another price, seller and place than the ad shows: a JSON-LD offer at 5 EUR from
 * "Resin Crafts Outlet", microdata in <meta> tags naming another seller, and an OpenGraph price. The buyer sees
 * 320 EUR from Ivan Petrov in Lyon.
 */
const markupContradicts = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<meta property="product:price:amount" content="5"><meta property="product:price:currency" content="EUR">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Carved ivory bangle",
"offers":{"@type":"Offer","price":"5","priceCurrency":"EUR","seller":{"@type":"Organization","name":"Resin Crafts Outlet"}}}</script></head>
<body><main><h1>Carved ivory bangle, old stock</h1><p class="price">Price: € 320</p>
<div itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Resin Crafts Outlet"></div>
<p>Seller: Ivan Petrov</p><p>Location: Lyon</p><p>Genuine elephant ivory.</p></main></body></html>`;

export const HOSTILE_FLAG_PAGES = {
  swapOnConceal,
  flickerOnConceal,
  hiddenWords,
  poisoned,
  urlClaims,
  stuffedFields,
  markupContradicts,
} as const;
export type HostileFlagPage = keyof typeof HOSTILE_FLAG_PAGES;

/** Serves /hostile-flag/<name>.html. */
export const hostileFlagRoute = pagesRoute('hostile-flag', HOSTILE_FLAG_PAGES);
