/** Characters of visible text a flag reads at most: a long results page is cut, never the flag. */
export const MAX_VISIBLE_TEXT = 300_000;

/** A shadow root of an element, open or closed where the browser lets Spoor's world see it. */
export type ShadowRootOf = (element: Element) => ShadowRoot | null;

const openRootOf: ShadowRootOf = (element) => element.shadowRoot;

/**
 * The text of a page as rendered for a reader at this moment, for the flag to find its names in: the document's
 * `innerText` (which leaves out what CSS does not render: `display: none`, `visibility: hidden`, `hidden`,
 * `<template>`, `<noscript>` when scripts run, so hidden stuffing is not read and hidden junk inside a word does not
 * split it), then each shadow root's (innerText does not enter them). Where the DOM has no layout (a test's jsdom)
 * it falls back to `textContent`. Cut at MAX_VISIBLE_TEXT characters.
 * @example visibleText(document, (el) => chrome.dom.openOrClosedShadowRoot(el))
 */
export function visibleText(doc: Document, shadowRootOf: ShadowRootOf = openRootOf): string {
  const parts: string[] = [];
  let length = 0;
  const add = (text: string | undefined) => {
    if (!text || length >= MAX_VISIBLE_TEXT) return;
    parts.push(text);
    length += text.length + 1;
  };
  const readOf = (node: Element | DocumentFragment) => {
    if ('innerText' in node && typeof node.innerText === 'string') return node.innerText;
    // A shadow root has no innerText: its elements' own, and its loose text nodes.
    if (!('tagName' in node) && typeof HTMLElement !== 'undefined') {
      return [...node.childNodes]
        .map((child) =>
          child instanceof HTMLElement ? child.innerText : child.nodeType === 3 ? child.textContent : '',
        )
        .join('\n');
    }
    return node.textContent ?? '';
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  add(readOf(root));
  const visit = (scope: Document | DocumentFragment) => {
    for (const element of scope.querySelectorAll('*')) {
      if (length >= MAX_VISIBLE_TEXT) return;
      const shadow = shadowRootOf(element);
      if (!shadow) continue;
      add(readOf(shadow));
      visit(shadow);
    }
  };
  visit(doc);
  return parts.join('\n').slice(0, MAX_VISIBLE_TEXT);
}
