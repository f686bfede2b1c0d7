/**
 * The page's shape without layout: how near two elements are, the part of the page around one, what elements are named.
 */

const namesMemo = new WeakMap<Element, string>();

function ancestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) chain.push(node);
  return chain;
}

/**
 * Steps from one element to another through their closest common ancestor: how near two things
 * are on the page without asking for layout.
 * @example treeDistance(h1, priceElement) // 3
 */
export function treeDistance(a: Element, b: Element): number {
  const up = ancestors(a);
  const index = new Map(up.map((element, position) => [element, position]));
  let steps = 0;
  for (let node: Element | null = b; node; node = node.parentElement, steps += 1) {
    const position = index.get(node);
    if (position !== undefined) return position + steps;
  }
  return Number.POSITIVE_INFINITY;
}

/** Class, id, itemprop and data-* names of an element, lower case, for words such as "price" or "seller". */
function namesOf(element: Element): string {
  const known = namesMemo.get(element);
  if (known !== undefined) return known;
  const names = [element.id, element.getAttribute('class') ?? '', element.getAttribute('itemprop') ?? ''];
  for (const attribute of element.getAttributeNames()) {
    if (attribute.startsWith('data-'))
      names.push(`${attribute} ${element.getAttribute(attribute)?.slice(0, 80) ?? ''}`);
  }
  const joined = names.join(' ').toLowerCase();
  namesMemo.set(element, joined);
  return joined;
}

/**
 * Whether the element or one of its `depth` nearest ancestors is named like `pattern`.
 * @example namedLike(span, /price|prix/) // true inside <div class="prix">
 */
export function namedLike(element: Element, pattern: RegExp, depth = 3): boolean {
  let node: Element | null = element;
  for (let level = 0; node && level <= depth; level += 1, node = node.parentElement) {
    if (pattern.test(namesOf(node))) return true;
  }
  return false;
}

/**
 * The ancestor `levels` up from an element (or the body): the part of the page around it.
 * @example around(h1, document, 2) // the h1's grandparent, or the body
 */
export function around(element: Element | undefined, doc: Document, levels = 6): Element {
  let node = element;
  for (let level = 0; node?.parentElement && level < levels && node !== doc.body; level += 1) node = node.parentElement;
  return node ?? doc.body ?? doc.documentElement;
}

/**
 * The named elements (class, id, itemprop or data-* attributes) in a part of the page, at most `max`.
 * @example namedElements(document.body).length // elements with a class, id, itemprop or data-*
 */
export function namedElements(scope: Document | Element, max = 3_000): Element[] {
  const root = scope.nodeType === 9 ? (scope as Document).body : (scope as Element);
  if (!root) return [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const found: Element[] = [];
  // A page of a million nodes is walked only so far: the ad sits early in the document.
  for (let node = walker.nextNode(), seen = 0; node && seen < max * 3 && found.length < max; node = walker.nextNode()) {
    seen += 1;
    if (namesOf(node as Element).trim() !== '') found.push(node as Element);
  }
  return found;
}
