import type { DrawnText } from '@/lib/extract/text';

/**
 * Nodes a composed copy of a page holds at most: an ad page holds a few thousand; past this the ad reader reads the
 * document as it is (its light tree).
 */
export const MAX_COMPOSED_NODES = 100_000;

/** A page as its reader sees it composed, in a document of its own, with the words its style sheets draw there. */
export interface ComposedPage {
  doc: Document;
  drawn: DrawnText;
}

/**
 * A copy of a page whose shadow roots hold part of its ad (web-component marketplaces), for the ad reader, which reads
 * one tree by selectors: the `<head>` as it is, and the body as the reader sees it composed, in reading order: each
 * host's root in place of its children, each `<slot>` filled with the nodes assigned to it (or its own, when none
 * are), text the reader is not shown (`shown`) left out. `drawn` (the words style sheets draw in the page's elements)
 * is carried to the copies. The copy runs no script and loads nothing. Undefined past MAX_COMPOSED_NODES.
 * @example const composed = composedPage(document, roots, shownToReader, drawnText(document, roots))
 */
export function composedPage(
  doc: Document,
  roots: readonly ShadowRoot[],
  shown: (node: Text) => boolean,
  drawn: DrawnText = new Map(),
): ComposedPage | undefined {
  if (!doc.body || !doc.documentElement) return undefined;
  const copy = doc.implementation.createHTMLDocument('');
  for (const name of doc.documentElement.getAttributeNames())
    copy.documentElement.setAttribute(name, doc.documentElement.getAttribute(name)!);
  if (doc.head) copy.documentElement.replaceChild(copy.importNode(doc.head, true), copy.head);
  const rootOf = new Map(roots.map((root) => [root.host, root]));
  const copies = new Map<Element, { before: string; after: string }>();
  let left = MAX_COMPOSED_NODES;
  const compose = (node: Node, into: Node): boolean => {
    if (--left < 0) return false;
    if (node.nodeType === 3) {
      if (shown(node as Text)) into.appendChild(copy.createTextNode((node as Text).data));
      return true;
    }
    if (node.nodeType !== 1) return true;
    const element = node as Element;
    // Structured data (JSON-LD) and styles are kept whole: their text is read as data, never judged as shown.
    if (KEPT_WHOLE.has(element.localName)) return Boolean(into.appendChild(copy.importNode(element, true)));
    const twin = copy.importNode(element, false);
    into.appendChild(twin);
    const words = drawn.get(element);
    if (words) copies.set(twin, words);
    for (const child of composedChildren(element, rootOf)) if (!compose(child, twin)) return false;
    return true;
  };
  const body = copy.importNode(doc.body, false);
  copy.documentElement.replaceChild(body, copy.body);
  for (const child of doc.body.childNodes) if (!compose(child, body)) return undefined;
  return { doc: copy, drawn: copies };
}

const KEPT_WHOLE = new Set(['script', 'style', 'template', 'noscript']);

/** An element's children as its reader sees them: its shadow root's, a slot's assigned nodes, or its own. */
function composedChildren(element: Element, rootOf: ReadonlyMap<Element, ShadowRoot>): Iterable<Node> {
  const root = rootOf.get(element);
  if (root) return root.childNodes;
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes?.() ?? [];
    if (assigned.length) return assigned;
  }
  return element.childNodes;
}
