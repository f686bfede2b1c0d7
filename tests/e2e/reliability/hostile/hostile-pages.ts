import { PARROT, type HostilePage } from './page';

/** Pages that fight the content script rather than weigh on it. */

/**
 * Replaces page-visible globals and DOM methods a content script could lean on
 * with traps that note the call and throw. Spoor's content script runs in an
 * isolated world with its own globals, so it must never reach one.
 */
const overrides: HostilePage = {
  name: 'overrides',
  title: 'DOM prototypes and globals overridden',
  body: () => `<p>${PARROT}, handzahm, mit Papieren.</p><p>Young ball python, captive bred.</p>`,
  script: `const trapped = window.__hostile.overridesCalled;
const trap = (owner, key, label) => Object.defineProperty(owner, key, {
  configurable: true,
  writable: true,
  value: function () { trapped.push(label); throw new Error('hostile page: ' + label + ' is off limits'); },
});
for (const key of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild']) trap(Node.prototype, key, 'Node.prototype.' + key);
for (const key of ['attachShadow', 'append', 'getBoundingClientRect']) trap(Element.prototype, key, 'Element.prototype.' + key);
for (const key of ['createRange', 'createTreeWalker', 'createElement']) trap(Document.prototype, key, 'Document.prototype.' + key);
trap(EventTarget.prototype, 'addEventListener', 'EventTarget.prototype.addEventListener');
for (const key of ['MutationObserver', 'Range', 'requestIdleCallback', 'MessageChannel', 'Highlight', 'CSSStyleSheet', 'TreeWalker']) {
  trap(window, key, key);
}
Object.defineProperty(window, 'CSS', { configurable: true, value: new Proxy({}, { get(_, key) { trapped.push('CSS.' + String(key)); throw new Error('hostile page: CSS'); } }) });`,
  expected: { 'app-i': 1, 'app-ii': 1 },
};

const strictCsp: HostilePage = {
  name: 'strict-csp',
  title: 'strict Content-Security-Policy',
  headers: { 'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'" },
  body: () => '<p>Wild-caught <i>Psittacus</i> <i>erithacus</i>, ivory carvings and a tiger skin rug.</p>',
  script: `document.querySelector('p').dataset.checked = 'yes';`,
  expected: { 'app-i': 1, trade: 2 },
};

/** One component with an open shadow root, one with a closed one; the page watches both for foreign changes. */
const shadowRoots: HostilePage = {
  name: 'shadow-roots',
  title: 'open and closed shadow roots',
  body: () => `<p>${PARROT} im Dokument.</p>`,
  script: `for (const [mode, text] of [['open', 'Carved ivory bangle in an open shadow root.'], ['closed', 'Young ball python in a closed shadow root.']]) {
  const host = document.createElement('listing-card');
  document.body.append(host);
  const root = host.attachShadow({ mode });
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  root.append(paragraph);
  window.__hostile.watch(root);
}`,
  expected: { 'app-i': 1, 'app-ii': 1, trade: 1 },
};

/**
 * A component whose code "loads late": it attaches its closed shadow root a second after the page, when Spoor has
 * passed.
 */
export const lateShadowRootPage: HostilePage = {
  name: 'late-shadow-root',
  title: 'a closed shadow root attached after Spoor’s first pass',
  body: () => `<p>${PARROT} im Dokument.</p><listing-card></listing-card>`,
  script: `setTimeout(() => {
  const root = document.querySelector('listing-card').attachShadow({ mode: 'closed' });
  const paragraph = document.createElement('p');
  paragraph.textContent = 'Carved ivory bangle, rendered late.';
  root.append(paragraph);
  window.__hostile.watch(root);
}, 1000);`,
  expected: { 'app-i': 1, trade: 1 },
};

/** Arabic and Hebrew right-to-left text around Latin, Cyrillic and German names, with bidi marks and overrides. */
const rightToLeft: HostilePage = {
  name: 'right-to-left',
  title: 'right-to-left and mixed scripts',
  htmlAttributes: 'lang="ar" dir="rtl"',
  body: () => `<p>للبيع: ببغاء رمادي أفريقي (&rlm;<i>Psittacus erithacus</i>&rlm;) مع الأوراق.</p>
<p>Продаётся Жако — ٨٥٠ € — בירושלים, תוכי אפור</p>
<p dir="ltr">עברית: <bdo dir="rtl">${PARROT}</bdo> (&#x202E;reversed&#x202C;)</p>
<p>عاج منحوت Carved ivory تمثال قديم</p>`,
  script: `document.documentElement.dataset.script = 'ran';`,
  expected: { 'app-i': 3, trade: 1 },
};

/** Hostile pages whose DOM stays still once loaded. */
export const hostilePages: readonly HostilePage[] = [overrides, strictCsp, shadowRoots, rightToLeft];

/** The top page embeds one frame from its own origin and one from another (localhost against 127.0.0.1). */
export const framesPage: HostilePage = {
  name: 'frames',
  title: 'same-origin and cross-origin frames',
  body: (crossOrigin) => `<p>${PARROT} auf der Hauptseite.</p>
<iframe id="same" src="/frame-child.html"></iframe><iframe id="cross" src="${crossOrigin}/frame-child.html"></iframe>`,
  script: '',
  expected: { 'app-i': 1 },
};
