import type { Route } from '../support/server';
import { pagesRoute } from '../support/pages-route';

/*
 * Sellers' pages that hide Spoor's highlights from the researcher rather than the words from Spoor (paint tampering),
 * and two honest pages that must not be taken for them. Each is served as /paint-tamper/<name>.html on 127.0.0.1,
 * its script inline. Every page shows the same ad: "ivory" (trade) and "ball python" (Appendix II).
 */

const ad = `<h1>Carved ivory bangle, old stock</h1>
<p id="ad">Genuine elephant ivory, 320 EUR. Also a young ball python, captive bred.</p>`;

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>${head}</head>
<body>${body}</body></html>`;

const SPOOR_NAMES = `['spoor-app-i', 'spoor-app-ii', 'spoor-app-iii', 'spoor-trade', 'spoor-exempt']`;

/** Restyles Spoor's highlights to nothing, from a rule inside `@media` (Spoor's own rule is the manifest's). */
const restyled = page(
  `<style>@media all { ::highlight(spoor-trade), ::highlight(spoor-app-ii) { background-color: transparent;
  color: inherit; text-decoration: none } }</style>`,
  ad,
);

/**
 * The same, every declaration important, from a selector more specific than any Spoor's own sheet could have, and
 * in white rather than transparent.
 */
const restyledImportant = page(
  `<style>@media all { html body p#ad::highlight(spoor-trade), html body p#ad::highlight(spoor-app-ii) {
  background-color: white !important; color: inherit !important; text-decoration: none !important } }</style>`,
  ad,
);

/** Reads the highlight names Spoor registers (the registry is the page's) and restyles each once it appears. */
const restyledLater = page(
  '',
  `${ad}<script>const seen = new Set();
setInterval(() => {
  for (const name of CSS.highlights.keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const style = document.createElement('style');
    style.textContent = '::highlight(' + name + ') { background-color: transparent !important; text-decoration: none !important }';
    document.head.append(style);
  }
}, 50);
</script>`,
);

/** A sheet that hides Spoor's trade and Appendix II marks, served as /paint-tamper/restyle.css. */
const RESTYLE_SHEET = `::highlight(spoor-trade), ::highlight(spoor-app-ii) { background-color: transparent !important;
  color: inherit !important; text-decoration: none !important }`;

/** Loads that sheet from another origin (localhost, not 127.0.0.1), whose rules no script of the page can read. */
const restyledElsewhere = page(
  `<script>const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = 'http://localhost:' + location.port + '/paint-tamper/restyle.css';
document.head.append(link);</script>`,
  ad,
);

/** Deletes Spoor's entries from the shared registry as soon as they appear, and keeps doing so. */
const deleted = page(
  '',
  `${ad}<script>setInterval(() => { for (const name of ${SPOOR_NAMES}) CSS.highlights.delete(name); }, 5);</script>`,
);

/** Puts its own Highlight under Spoor's names, over nothing, in place of Spoor's. */
const replaced = page(
  '',
  `${ad}<script>const mine = new Highlight();
setInterval(() => { for (const name of ${SPOOR_NAMES}) if (CSS.highlights.get(name) !== mine) CSS.highlights.set(name, mine); }, 5);
</script>`,
);

/** Registers a highlight of a higher priority over the ad's words, painted like the page behind them. */
const overpainted = page(
  `<style>::highlight(plain) { background-color: white; color: black; text-decoration: none }</style>`,
  `${ad}<script>const plain = new Highlight();
plain.priority = 1000;
const range = new Range();
range.selectNodeContents(document.getElementById('ad'));
plain.add(range);
CSS.highlights.set('plain', plain);
</script>`,
);

/** Lays an opaque copy of the ad's text over it, moving with it (absolutely placed, not fixed). */
const covered = page(
  `<style>#wrap { position: relative } #cover { position: absolute; inset: 0; background: white; margin: 0 }</style>`,
  `<h1>Carved ivory bangle, old stock</h1><div id="wrap"><p id="ad">Genuine elephant ivory, 320 EUR. Also a young ball
python, captive bred.</p><p id="cover">Genuine elephant ivory, 320 EUR. Also a young ball python, captive bred.</p></div>`,
);

/** The same opaque copy, but the pointer passes through it (`pointer-events: none`), so hit-testing skips it. */
const coveredPassThrough = page(
  `<style>#wrap { position: relative } #cover { position: absolute; inset: 0; background: white; margin: 0;
  pointer-events: none }</style>`,
  `<h1>Carved ivory bangle, old stock</h1><div id="wrap"><p id="ad">Genuine elephant ivory, 320 EUR. Also a young ball
python, captive bred.</p><p id="cover">Genuine elephant ivory, 320 EUR. Also a young ball python, captive bred.</p></div>`,
);

/**
 * The same pass-through copy drawn inside a closed shadow root laid over the ad: the document's hit test meets only its
 * host (which paints nothing), and a walk of the document's elements never meets the copy.
 */
const shadowCoveredPassThrough = page(
  `<style>#wrap { position: relative } cover-layer { position: absolute; inset: 0; pointer-events: none }</style>`,
  `<h1>Carved ivory bangle, old stock</h1><div id="wrap"><p id="ad">Genuine elephant ivory, 320 EUR. Also a young ball
python, captive bred.</p><cover-layer id="layer"></cover-layer></div><script>
const root = document.getElementById('layer').attachShadow({ mode: 'closed' });
root.innerHTML = \`<p style="position: absolute; inset: 0; margin: 0; background: white; pointer-events: none">Genuine
elephant ivory, 320 EUR. Also a young ball python, captive bred.</p>\`;
</script>`,
);

/** Honest: the ad inside a web component's closed shadow root, which Spoor paints with its own adopted sheet. */
const shadowHonest = page(
  '',
  `<h1>Carved ivory bangle, old stock</h1><listing-card id="card"></listing-card><script>
const root = document.getElementById('card').attachShadow({ mode: 'closed' });
root.innerHTML = \`${ad}\`;
</script>`,
);

/** Honest: a sticky header drawn by a web component (its panel in a closed shadow root) the ad is scrolled under. */
const shadowStickyHeader = page(
  `<style>site-header { position: sticky; top: 0; display: block; z-index: 1 } body { margin: 0 }
  .space { height: 2000px }</style>`,
  `<site-header id="header"></site-header><div style="height: 400px"></div>${ad}<div class="space"></div>
<script>
const root = document.getElementById('header').attachShadow({ mode: 'closed' });
root.innerHTML = '<div style="height: 160px; background: #234; color: white">Marketplace</div>';
addEventListener('load', () => scrollTo(0, document.getElementById('ad').offsetTop - 60));
</script>`,
);

/** The ad inside an open shadow root whose own style element restyles Spoor's highlights there. */
const shadowRestyled = page(
  '',
  `<h1>Carved ivory bangle, old stock</h1><listing-card id="card"></listing-card><script>
const root = document.getElementById('card').attachShadow({ mode: 'open' });
root.innerHTML = \`<style>::highlight(spoor-trade), ::highlight(spoor-app-ii) { background-color: transparent;
  color: inherit; text-decoration: none }</style>${ad}\`;
</script>`,
);

/** The same, its rule important: it outranks the sheet Spoor adopts into the shadow root. */
const shadowRestyledImportant = page(
  '',
  `<h1>Carved ivory bangle, old stock</h1><listing-card id="card"></listing-card><script>
const root = document.getElementById('card').attachShadow({ mode: 'open' });
root.innerHTML = \`<style>p::highlight(spoor-trade), p::highlight(spoor-app-ii) { background-color: transparent !important;
  color: inherit !important; text-decoration: none !important }</style>${ad}\`;
</script>`,
);

/** The same, from a sheet the shadow root adopts. */
const shadowAdopted = page(
  '',
  `<h1>Carved ivory bangle, old stock</h1><listing-card id="card"></listing-card><script>
const root = document.getElementById('card').attachShadow({ mode: 'open' });
root.innerHTML = \`${ad}\`;
const sheet = new CSSStyleSheet();
sheet.replaceSync('::highlight(spoor-trade), ::highlight(spoor-app-ii) { background-color: transparent }');
root.adoptedStyleSheets = [sheet];
</script>`,
);

/** Honest: a frame drawn around the ad that the pointer passes through, with nothing painted over the words. */
const passThroughFrame = page(
  `<style>#wrap { position: relative } #frame { position: absolute; inset: -4px; border: 2px solid #e33;
  pointer-events: none }</style>`,
  `<h1>Carved ivory bangle, old stock</h1><div id="wrap">${ad}<div id="frame"></div></div>`,
);

/** Honest: a panel behind the ad's text (a lower z-order), which the pointer passes through. */
const underlay = page(
  `<style>#wrap { position: relative; z-index: 0 } #under { position: absolute; inset: 0; background: #fde;
  pointer-events: none; z-index: -1 }</style>`,
  `<h1>Carved ivory bangle, old stock</h1><div id="wrap"><div id="under"></div>${ad}</div>`,
);

/** Honest: a search box's own highlight, styled by the page, over its own words (and one of a high priority). */
const ownHighlight = page(
  `<style>::highlight(search-hit) { background-color: #ffe08a } ::highlight(current) { outline: 1px solid }</style>`,
  `${ad}<p id="note">Results for <span id="hit">bangle</span>, sorted by date.</p><script>
const hit = new Range();
hit.selectNodeContents(document.getElementById('hit'));
CSS.highlights.set('search-hit', new Highlight(hit));
const current = new Highlight(hit);
current.priority = 1000;
CSS.highlights.set('current', current);
</script>`,
);

/** Honest: a sticky header the ad's names are scrolled under. */
const stickyHeader = page(
  `<style>header { position: sticky; top: 0; height: 160px; background: #234; color: white }
  body { margin: 0 } .space { height: 2000px }</style>`,
  `<header>Marketplace</header><div style="height: 400px"></div>${ad}<div class="space"></div>
<script>addEventListener('load', () => scrollTo(0, document.getElementById('ad').offsetTop - 60));</script>`,
);

/** The ad far below the view: Spoor's Highlights hold none of its words, which is no tampering. */
const farBelow = page('<style>.space { height: 6000px }</style>', `<div class="space"></div>${ad}`);

/** The ad far below the view, and Spoor's entries deleted from the registry all the same. */
const deletedFar = page(
  '<style>.space { height: 6000px }</style>',
  `<div class="space"></div>${ad}
<script>setInterval(() => { for (const name of ${SPOOR_NAMES}) CSS.highlights.delete(name); }, 5);</script>`,
);

export const PAINT_TAMPER_PAGES = {
  restyled,
  restyledImportant,
  restyledLater,
  restyledElsewhere,
  deleted,
  replaced,
  overpainted,
  covered,
  coveredPassThrough,
  shadowRestyled,
  shadowRestyledImportant,
  shadowAdopted,
  ownHighlight,
  passThroughFrame,
  underlay,
  stickyHeader,
  shadowCoveredPassThrough,
  shadowStickyHeader,
  shadowHonest,
  farBelow,
  deletedFar,
} as const;
export type PaintTamperPage = keyof typeof PAINT_TAMPER_PAGES;

const paintTamperPages = pagesRoute('paint-tamper', PAINT_TAMPER_PAGES);

/** Serves /paint-tamper/<name>.html, and the sheet of restyledElsewhere. */
export const paintTamperRoute: Route = (req, res) => {
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/paint-tamper/restyle.css') return paintTamperPages(req, res);
  res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' }).end(RESTYLE_SHEET);
  return true;
};
