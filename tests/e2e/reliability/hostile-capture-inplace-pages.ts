import { pagesRoute } from '../support/pages-route';
import { head, onConceal } from './hostile-capture-late-pages';

/*
 * Sellers' pages that change what the screenshot shows by rewriting style rules in place, by a `:has()` rule a textless
 * switch turns on, or by a custom element upgraded while the screenshot is taken; pages that do the same honestly; and
 * ads read from inside web components' shadow roots. Each is served as /hostile-capture-inplace/<name>.html on
 * 127.0.0.1, its script inline; each swap lasts one drawn frame (onConceal), `window.swaps` counts them.
 */

/** The rule hiding the decoy (the page's first sheet) and a rule of the ad's (its second sheet), found at swap time. */
const RULES = `const decoyRule = document.styleSheets[0].cssRules[0];
    const adRule = document.styleSheets[1].cssRules[0];`;

/** Rewrites two rules' declarations in place with `setProperty`: the ad's rule hides it, the decoy's shows it. */
const setPropertyOnConceal =
  head('<style>#ad { color: #222 }</style>') +
  onConceal(
    `${RULES}
    adRule.style.setProperty('display', 'none');
    decoyRule.style.setProperty('display', 'block');`,
    `adRule.style.removeProperty('display');
    decoyRule.style.setProperty('display', 'none');`,
  );

/** Rewrites the same two rules' whole declarations through `style.cssText`. */
const cssTextOnConceal =
  head('<style>#ad { color: #222 }</style>') +
  onConceal(
    `${RULES}
    adRule.style.cssText = 'color: #222; display: none';
    decoyRule.style.cssText = 'display: block';`,
    `adRule.style.cssText = 'color: #222';
    decoyRule.style.cssText = 'display: none';`,
  );

/** Points the rule that hides the decoy at the ad instead (`selectorText`): the ad is hidden, the decoy shown. */
const selectorTextOnConceal =
  head() +
  onConceal(
    `document.styleSheets[0].cssRules[0].selectorText = '#ad';`,
    `document.styleSheets[0].cssRules[0].selectorText = '#decoy';`,
  );

/** A `:has()` rule, there from the start, hides the ad and shows the decoy once a textless switch gets a class. */
const hasRuleOnConceal =
  head(`<style>body:has(#switch.on) #ad { display: none } body:has(#switch.on) #decoy { display: block }</style>`) +
  '<i id="switch"></i>' +
  onConceal(
    `document.getElementById('switch').classList.add('on');`,
    `document.getElementById('switch').classList.remove('on');`,
  );

/** An ad whose price and seller are custom elements the page defines only later (as a lazy component library does). */
const componentAd = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title></head>
<body><h1>Carved ivory bangle, old stock</h1>
<div id="ad"><p><ad-price>Price: € 320</ad-price></p><p><ad-seller>Seller: Ivan Petrov</ad-seller></p>
<p>Genuine elephant ivory.</p></div>`;

/**
 * Honest: the components are defined while the screenshot is taken; each attaches a closed root that shows the text
 * it held through a slot (the price in a styled box of its own).
 */
const honestUpgrade =
  componentAd +
  onConceal(
    `if (!customElements.get('ad-price')) {
      customElements.define('ad-price', class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'closed' }).innerHTML = '<style>b { font-weight: 600 }</style><b><slot></slot></b>';
        }
      });
      customElements.define('ad-seller', class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'closed' }).innerHTML = '<span><slot></slot></span>';
        }
      });
    }`,
    '',
  );

/** Dishonest: the price component, defined while the screenshot is taken, shows another price, then slots the ad's. */
const dishonestUpgrade =
  componentAd +
  onConceal(
    `if (!customElements.get('ad-price')) {
      customElements.define('ad-price', class extends HTMLElement {
        connectedCallback() {
          window.priceRoot = this.attachShadow({ mode: 'closed' });
          window.priceRoot.innerHTML = 'Price: € 5';
        }
      });
    }`,
    `window.priceRoot.innerHTML = '<slot></slot>';`,
  );

/**
 * Honest: a spinner without text turned by rewriting its rule in place every millisecond (as animation libraries do),
 * beside an ad whose markup's price is the one it shows.
 */
const honestInPlaceStyling = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Carved ivory bangle</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Carved ivory bangle",
"offers":{"@type":"Offer","price":"320","priceCurrency":"EUR"}}</script>
<style>#spinner { display: inline-block; transform: rotate(0deg); opacity: 1 }</style></head>
<body><main><h1>Carved ivory bangle, old stock</h1><p>Price: € 320</p><p>Seller: Ivan Petrov</p>
<p>Genuine elephant ivory.</p><i id="spinner"></i></main>
<script>
const rule = document.styleSheets[0].cssRules[0];
let ticks = 0;
setInterval(() => {
  ticks++;
  rule.style.transform = 'rotate(' + ticks + 'deg)';
  rule.style.setProperty('opacity', String(0.5 + (ticks % 50) / 100));
}, 1);
</script></body></html>`;

/** A marketplace whose whole ad is a web component: heading, price, seller and place inside its shadow root. */
const shadowAd = (mode: 'open' | 'closed') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Bazaar: listing</title></head>
<body><header><a href="/">Bazaar</a> <a href="/account">My account</a></header>
<main><listing-view></listing-view></main>
<footer><p>Bazaar, 2026</p></footer>
<script>
customElements.define('listing-view', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: '${mode}' }).innerHTML = '<article><h1>Carved ivory bangle, old stock</h1>' +
      '<p class="price">Price: € 320</p><p>Seller: Ivan Petrov</p><p>Location: Leipzig, Germany</p>' +
      '<p>Genuine elephant ivory, hand carved.</p></article>';
  }
});
</script></body></html>`;

export const HOSTILE_CAPTURE_INPLACE_PAGES = {
  setPropertyOnConceal,
  cssTextOnConceal,
  selectorTextOnConceal,
  hasRuleOnConceal,
  dishonestUpgrade,
  honestUpgrade,
  honestInPlaceStyling,
  openShadowAd: shadowAd('open'),
  closedShadowAd: shadowAd('closed'),
} as const;
export type HostileCaptureInplacePage = keyof typeof HOSTILE_CAPTURE_INPLACE_PAGES;

/** Serves /hostile-capture-inplace/<name>.html. */
export const hostileCaptureInplaceRoute = pagesRoute('hostile-capture-inplace', HOSTILE_CAPTURE_INPLACE_PAGES);
