// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { shadowRootReader, type DomApi } from '@/lib/detect/shadow-roots';

/** Chromium's `chrome.dom`, as far as the reader uses it: opens any root, and counts the calls. */
function chromeDom() {
  const roots = new WeakMap<Element, ShadowRoot>();
  const dom: DomApi & { calls: number } = {
    calls: 0,
    openOrClosedShadowRoot(element) {
      dom.calls++;
      return roots.get(element) ?? null;
    },
  };
  const attach = (element: Element, mode: ShadowRootMode) => {
    const root = element.attachShadow({ mode });
    roots.set(element, root);
    return root;
  };
  return { dom, attach };
}

it.each([
  ['a closed root of a custom element', 'listing-card', 'closed', true],
  ['an open root of a custom element', 'listing-card', 'open', true],
  ['an open root of a plain element', 'div', 'open', true],
  ['a closed root of a plain element (not looked for)', 'div', 'closed', false],
] as const)('finds %s', (_, tag, mode, found) => {
  const { dom, attach } = chromeDom();
  const element = document.createElement(tag);
  const root = attach(element, mode);
  expect(shadowRootReader(dom)(element)).toBe(found ? root : null);
});

it('asks the extension API only about custom elements, which every scan meets far less often', () => {
  const { dom } = chromeDom();
  const read = shadowRootReader(dom);
  for (const tag of ['div', 'p', 'span', 'listing-card']) read(document.createElement(tag));
  expect(dom.calls).toBe(1);
});

it('without the extension API, still reads open roots', () => {
  const element = document.createElement('listing-card');
  const root = element.attachShadow({ mode: 'open' });
  expect(shadowRootReader(undefined)(element)).toBe(root);
});
