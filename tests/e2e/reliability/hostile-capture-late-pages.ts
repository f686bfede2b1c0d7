import { pagesRoute } from '../support/pages-route';

/*
 * Sellers' pages that change what the screenshot shows by means a text watch does not see (style sheets, a shadow root
 * attached late, a cover), draw their price inside a shadow root, or show it only in an image: each is served as
 * /hostile-capture-late/<name>.html on 127.0.0.1, its script inline (no CSP here). Each swap lasts one drawn frame, as
 * Spoor's highlights leave for the screenshot; `window.swaps` counts them.
 */

/** The ad as the page's text gives it, a decoy beside it that its style sheet hides, and the trigger. */
export const head = (
  extra = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<style>#decoy { display: none }</style>${extra}</head>
<body><h1>Carved ivory bangle, old stock</h1>
<div id="ad"><p>Price: € 320</p><p>Seller: Ivan Petrov</p><p>Genuine elephant ivory.</p></div>
<div id="decoy"><p>Price: € 5</p><p>Seller: Resin Crafts Outlet</p></div>`;

/**
 * Runs `swap` each time Spoor's highlights leave the page, and `back` once one frame was drawn with it: a swap undone
 * before any frame is drawn is in no screenshot.
 */
export const onConceal = (swap: string, back: string) => `<script>
let painted = false;
window.swaps = 0;
setInterval(() => {
  const now = CSS.highlights.has('spoor-trade');
  if (painted && !now) {
    window.swaps++;
    ${swap}
    requestAnimationFrame(() => requestAnimationFrame(() => { ${back} }));
  }
  painted = now;
}, 1);
</script></body></html>`;

/** Rewrites a `<style>` element's text to hide the ad and show the decoy. */
const sheetTextOnConceal =
  head('<style id="swap"></style>') +
  onConceal(
    `document.getElementById('swap').textContent = '#ad { display: none } #decoy { display: block }';`,
    `document.getElementById('swap').textContent = '';`,
  );

/** Inserts rules through the CSSOM (no mutation at all) to hide the ad and show the decoy, then deletes them. */
const insertRuleOnConceal =
  head() +
  onConceal(
    `const sheet = document.styleSheets[0];
    sheet.insertRule('#ad { display: none }', sheet.cssRules.length);
    sheet.insertRule('#decoy { display: block }', sheet.cssRules.length);`,
    `const sheet = document.styleSheets[0];
    sheet.deleteRule(sheet.cssRules.length - 1);
    sheet.deleteRule(sheet.cssRules.length - 1);`,
  );

/** An adopted sheet, empty at first, replaced with rules that swap the ad for the decoy, then emptied again. */
const adoptedSheetOnConceal =
  head(`<script>const adopted = new CSSStyleSheet(); document.adoptedStyleSheets = [adopted];</script>`) +
  onConceal(`adopted.replaceSync('#ad { display: none } #decoy { display: block }');`, `adopted.replaceSync('');`);

/** Blurs its ad by a rule in its style sheet (no text, class or style attribute changes). */
const blurRuleOnConceal =
  head() +
  onConceal(
    `document.styleSheets[0].insertRule('#ad { filter: blur(12px) }', 0);`,
    `document.styleSheets[0].deleteRule(0);`,
  );

/** Lays an empty, click-through cover that blurs what is behind it over the whole page. */
const coverOnConceal =
  head() +
  onConceal(
    `const cover = document.createElement('div');
    cover.id = 'cover';
    cover.style.cssText = 'position: fixed; inset: 0; pointer-events: none; backdrop-filter: blur(14px); background: rgba(255,255,255,.6)';
    document.body.append(cover);`,
    `document.getElementById('cover').remove();`,
  );

/**
 * Attaches a closed shadow root to the ad's box only as the screenshot is taken: the root shows the decoy's price,
 * then slots the ad's own text back, so both readings read the same.
 */
const lateShadowOnConceal =
  head() +
  onConceal(
    `const root = document.getElementById('ad').attachShadow({ mode: 'closed' });
    window.lateRoot = root;
    root.innerHTML = '<p>Price: € 5</p><p>Seller: Resin Crafts Outlet</p>';`,
    `window.lateRoot.innerHTML = '<slot></slot>';`,
  );

/**
 * A card whose price its shadow root's style sheet draws (`content: attr(…)`), while the page's markup claims
 * another: the researcher saw "Price: 320 €".
 */
const shadowDrawnPrice = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Carved ivory bangle",
"offers":{"@type":"Offer","price":"5","priceCurrency":"EUR"}}</script></head>
<body><main><h1>Carved ivory bangle, old stock</h1><p>Seller: Ivan Petrov</p><p>Genuine elephant ivory.</p>
<ad-card></ad-card></main>
<script>
const root = document.querySelector('ad-card').attachShadow({ mode: 'closed' });
root.innerHTML = '<style>.amount::after { content: attr(data-amount) " €" }</style>' +
  '<p>Price: <span class="amount" data-amount="320"></span></p>';
</script></body></html>`;

/** An SVG picture of a price, as an image with no words the page's text gives. */
const PRICE_PICTURE =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='160' height='40'%3E%3Ctext x='4' y='28' font-size='24'%3E320 %E2%82%AC%3C/text%3E%3C/svg%3E";

/** Shows its price only in an image, while its markup claims another price: no text on the page states either. */
const imagePrice = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Carved ivory bangle",
"offers":{"@type":"Offer","price":"5","priceCurrency":"EUR"}}</script></head>
<body><main><h1>Carved ivory bangle, old stock</h1><p>Price: <img src="${PRICE_PICTURE}" alt=""></p>
<p>Seller: Ivan Petrov</p><p>Genuine elephant ivory.</p></main></body></html>`;

/**
 * An honest ad on a page that styles itself all the time through the CSSOM, as CSS-in-JS libraries do: rules for a
 * spinner without text inserted every millisecond; its markup's price is the one it shows.
 */
const honestStyling = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Carved ivory bangle",
"offers":{"@type":"Offer","price":"320","priceCurrency":"EUR"}}</script><style></style></head>
<body><main><h1>Carved ivory bangle, old stock</h1><p>Price: € 320</p><p>Seller: Ivan Petrov</p>
<p>Genuine elephant ivory.</p><i id="spinner"></i></main>
<script>
const sheet = document.styleSheets[0];
const spinner = document.getElementById('spinner');
let ticks = 0;
setInterval(() => {
  ticks++;
  sheet.insertRule('.turn-' + ticks + ' { transform: rotate(' + ticks + 'deg) }', sheet.cssRules.length);
  if (sheet.cssRules.length > 50) sheet.deleteRule(0);
  spinner.className = 'turn-' + ticks;
}, 1);
</script></body></html>`;

/**
 * Leaves for a page of its own making (a `blob:` page showing a resin bangle) as Spoor's highlights leave, never to
 * come back: the screenshot and the second reading may be of that page, which is no web page Spoor reads.
 */
const awayOnConceal =
  head() +
  onConceal(
    `location.href = URL.createObjectURL(new Blob(['<h1>Resin bangle</h1><p>Price: € 5</p>'], { type: 'text/html' }));`,
    '',
  );

export const HOSTILE_CAPTURE_LATE_PAGES = {
  sheetTextOnConceal,
  insertRuleOnConceal,
  adoptedSheetOnConceal,
  blurRuleOnConceal,
  coverOnConceal,
  awayOnConceal,
  lateShadowOnConceal,
  shadowDrawnPrice,
  imagePrice,
  honestStyling,
} as const;
export type HostileCaptureLatePage = keyof typeof HOSTILE_CAPTURE_LATE_PAGES;

/** Serves /hostile-capture-late/<name>.html. */
export const hostileCaptureLateRoute = pagesRoute('hostile-capture-late', HOSTILE_CAPTURE_LATE_PAGES);
