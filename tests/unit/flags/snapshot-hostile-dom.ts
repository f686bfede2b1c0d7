export const HOSTILE_TEXT = 'Elfenbein Schnitzerei, 19. Jh.';
const SVG = 'http://www.w3.org/2000/svg';
const MATHML = 'http://www.w3.org/1998/Math/MathML';

/*
 * A page that tries every way we know for its saved copy to call home, built
 * the way its own scripts would build it (DOM calls, not markup: the snapshot
 * serialises the live DOM). Every URL starts with `origin`. No imports: the
 * Firefox test bundles this file into a page.
 */

/** The page as its server sent it. */
export function hostileMarkup(origin: string): string {
  return `<!doctype html><html lang="de" manifest="${origin}/appcache"><head><title>Elfenbein</title>
    <meta http-equiv="refresh" content="0;url=${origin}/refresh-head">
    <base href="${origin}/base/">
    <link rel="preload" as="image" href="${origin}/preload.png">
    <link rel="dns-prefetch" href="${origin}/dns">
    <link rel="icon" href="${origin}/favicon.ico">
    <style>body { color: #333 } p > b { color: red }</style></head>
    <body onload="fetch('${origin}/onload')"><h1>${HOSTILE_TEXT}</h1>
    <img src="${origin}/img.png" onerror="fetch('${origin}/img')">
    <a href="javascript:fetch('${origin}/js')">more</a> <a href=" java&#9;script:fetch('${origin}/js2')">x</a>
    <a href="https://shop.example/ad/2" ping="${origin}/ping">next</a>
    <form action="${origin}/form"><button formaction="${origin}/formaction">Buy</button></form>
    <iframe srcdoc="<script>fetch('${origin}/srcdoc')</script>"></iframe>
    <object data="javascript:fetch('${origin}/object')"></object>
    <noscript><meta http-equiv="refresh" content="0;url=${origin}/noscript"></noscript>
    <svg><animate attributeName="href" values="javascript:fetch('${origin}/animate')"></animate></svg>
    <template><script>fetch('${origin}/template')</script></template>
    </body></html>`;
}

/** What the page's scripts then did to its DOM (`doc` parsed from hostileMarkup). */
export function makeHostile(doc: Document, origin: string): Document {
  // A script placed before <head>, where the old serializer wrote it ahead of the policy.
  const early = doc.createElement('script');
  early.src = `${origin}/before-head.js`;
  early.textContent = `fetch('${origin}/before-head')`;
  doc.documentElement.insertBefore(early, doc.head);
  // Refresh and script elements made in other namespaces: written under the same tags, read back as HTML.
  const svg = doc.body.querySelector('svg')!;
  for (const namespace of [SVG, MATHML, 'urn:spoor:other']) {
    const meta = doc.createElementNS(namespace, 'meta');
    meta.setAttribute('http-equiv', 'refresh');
    meta.setAttribute('content', `0;url=${origin}/refresh-${namespace.length}`);
    svg.appendChild(meta);
  }
  const upper = doc.createElementNS(SVG, 'SCRIPT');
  upper.textContent = `fetch('${origin}/svg-script')`;
  svg.appendChild(upper);
  const foreign = doc.createElementNS('urn:spoor:other', 'script');
  foreign.textContent = `fetch('${origin}/foreign-script')`;
  doc.body.appendChild(foreign);
  // Text that would close its element and open markup if written raw.
  doc.body.appendChild(
    doc.createComment(`--><img src="${origin}/breakout-comment" onerror="fetch('${origin}/c')"><!--`),
  );
  doc.head.querySelector('style')!.append(`</style><img src="${origin}/breakout-style"><style>`);
  doc.body.querySelector('iframe')!.append(`</iframe><img src="${origin}/breakout-iframe">`);
  return doc;
}
