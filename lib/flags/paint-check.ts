import { highlightName, type OwnHighlights } from '@/lib/highlight/painter';
import type { PaintTampering } from '@/lib/records/flag';

/** How many of Spoor's painted ranges, and of page-range comparisons, a check looks at: a page may hold thousands. */
const MAX_RANGES = 300;
const MAX_COMPARISONS = 100_000;
const MAX_RULES = 20_000;
/** How many of the page's elements the search for overlays the pointer passes through looks at. */
const MAX_ELEMENTS = 20_000;

/** What the check reads: the document, its highlight registry (absent where the API is) and Spoor's own marks. */
export interface PaintScene {
  doc: Document;
  registry?: HighlightRegistry;
  /** The painter's marks in this document (lib/highlight/painter.ts): absent where Spoor does not paint. */
  own?: OwnHighlights;
  /** An element's shadow root, open or closed where Spoor's world sees it: an overlay may be drawn inside one. */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /** Spoor's sheet of highlight colours (lib/highlight/styles.ts), adopted by the shadow roots it paints in. */
  ownSheet?: CSSStyleSheet;
  /** What the paint keeper put back before the flag (lib/highlight/paint-keeper.ts): the page did it, then or since. */
  repaired?: ReadonlySet<PaintTampering>;
}

/**
 * What the page does to Spoor's highlights, read at flag time before the screenshot takes them off the page (a reading
 * while they are off would find them all removed): its style rules naming them, Spoor's registry entries gone or
 * replaced, a page highlight over the same words at a priority that paints over them, an element that paints over
 * them. Honest pages styling their own highlights, or with a fixed or sticky header over scrolled text, get none.
 * @example paintTampering({ doc: document, registry: CSS.highlights, own: globalThis.__spoorPaint })
 */
export function paintTampering({
  doc,
  registry,
  own,
  shadowRootOf = openRoot,
  ownSheet,
  repaired,
}: PaintScene): PaintTampering[] {
  const found: PaintTampering[] = [];
  const painted = own ? paintedMarks(own) : [];
  if (restylesSpoor([doc, ...shadowRootsOf(painted.map(({ ranges }) => ranges))], ownSheet)) found.push('restyled');
  if (!registry) return found;
  const entries = painted.map(({ category, highlight }) => [registry.get(highlightName(category)), highlight] as const);
  if (repaired?.has('removed') || entries.some(([entry]) => entry === undefined)) found.push('removed');
  if (repaired?.has('replaced') || entries.some(([entry, highlight]) => entry !== undefined && entry !== highlight))
    found.push('replaced');
  if (overpainted(registry, painted)) found.push('overpainted');
  // The ranges registered in the Highlights are those near the viewport, where the words in view are; then the
  // painter's own, for words the observer has not registered yet (a flag right after the page painted).
  const words = [...painted.map(({ highlight }) => highlight), ...painted.map(({ ranges }) => ranges)];
  if (painted.length > 0 && withPointerThrough(doc, shadowRootOf, () => covered(doc, words, shadowRootOf)))
    found.push('covered');
  return found;
}

type ShadowRootOf = NonNullable<PaintScene['shadowRootOf']>;

const openRoot: ShadowRootOf = (element) => element.shadowRoot;

/** The element above another, from a shadow tree's top to its host. */
const above = (element: Element): Element | null =>
  element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;

/**
 * The marks painting ranges, by the painter's own list: a category with nothing painted is no loss. A Highlight holds
 * only the ranges near the viewport: one left empty by words all far away is still missed when the page removes it.
 */
function paintedMarks([marks, byOwner]: OwnHighlights) {
  const matches = [...byOwner.values()].flat();
  return [...marks].flatMap(([category, [highlight]]) => {
    const ranges = matches.filter((match) => match.category === category).map(({ range }) => range);
    return ranges.length > 0 ? [{ category, highlight, ranges }] : [];
  });
}

/**
 * The shadow roots holding painted words: a `::highlight` rule in a shadow root's own sheets styles Spoor's marks over
 * the text of that tree, which the document's sheets never show. Open or closed, the word's own node leads to it.
 */
function shadowRootsOf(rangeLists: Iterable<AbstractRange>[]): Set<ShadowRoot> {
  const roots = new Set<ShadowRoot>();
  let tested = 0;
  for (const ranges of rangeLists) {
    for (const word of ranges) {
      if (++tested > MAX_RANGES) return roots;
      const root = word.startContainer.getRootNode();
      if ('host' in root) roots.add(root as ShadowRoot);
    }
  }
  return roots;
}

/**
 * Whether a style rule of the page or of a shadow root (their sheets, adopted ones, nested in `@media`/`@supports`)
 * names Spoor's marks. Spoor's own sheet, adopted by every shadow root it paints in, is not the page's.
 */
function restylesSpoor(scopes: (Document | ShadowRoot)[], ownSheet?: CSSStyleSheet): boolean {
  const sheets = scopes.flatMap((scope): CSSStyleSheet[] => [
    ...(scope.styleSheets ?? []),
    ...(scope.adoptedStyleSheets ?? []).filter((sheet) => sheet !== ownSheet),
  ]);
  const pending: CSSRule[] = [];
  for (const sheet of sheets) pending.push(...rulesOf(sheet));
  for (let read = 0; pending.length > 0 && read < MAX_RULES; read++) {
    const rule = pending.pop()!;
    if ('selectorText' in rule && /::highlight\(\s*spoor-/i.test(String(rule.selectorText))) return true;
    if ('cssRules' in rule) pending.push(...(rule.cssRules as CSSRuleList));
  }
  return false;
}

/** A sheet's rules; none for a sheet of another origin, which the browser does not let scripts read. */
function rulesOf(sheet: CSSStyleSheet): CSSRule[] {
  try {
    return [...sheet.cssRules];
  } catch {
    return [];
  }
}

/**
 * Whether a highlight not Spoor's, of a priority at least that of a Spoor mark, holds a range over any word the mark
 * paints, near the viewport or not.
 */
function overpainted(registry: HighlightRegistry, marks: { highlight: Highlight; ranges: Range[] }[]) {
  const ours = new Set(marks.map(({ highlight }) => highlight));
  let budget = MAX_COMPARISONS;
  for (const [name, other] of registry) {
    if (ours.has(other) || name.startsWith('spoor-')) continue;
    for (const { highlight, ranges } of marks) {
      if (other.priority < highlight.priority) continue;
      for (const range of other) {
        for (const word of ranges) {
          if (--budget < 0) return false;
          if (overlaps(word, range)) return true;
        }
      }
    }
  }
  return false;
}

/** Whether two ranges share text: touching ends share none, nor does a page's range in another tree than the word. */
function overlaps(word: Range, other: AbstractRange): boolean {
  try {
    if (word.comparePoint(other.startContainer, other.startOffset) === 1) return false;
    if (word.comparePoint(other.endContainer, other.endOffset) === -1) return false;
  } catch {
    return false;
  }
  const touches = (node: Node, offset: number, at: Node, atOffset: number) => node === at && offset === atOffset;
  return !(
    touches(other.endContainer, other.endOffset, word.startContainer, word.startOffset) ||
    touches(other.startContainer, other.startOffset, word.endContainer, word.endOffset)
  );
}

/**
 * Whether an element that paints (a background, an image, a replaced element) is the topmost at the middle of a
 * highlighted word in view, and is not fixed or sticky: a header the text scrolls under is the page's layout, an
 * overlay that moves with the words is not. Words out of view are not tested (hit-testing needs them in view); an
 * overlay the pointer passes through is, under withPointerThrough.
 */
function covered(doc: Document, wordLists: Iterable<AbstractRange>[], shadowRootOf: ShadowRootOf): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  let tested = 0;
  let read = 0;
  for (const words of wordLists) {
    for (const word of words) {
      // Words out of view are skipped but read: a long page's list is bounded by MAX_ELEMENTS.
      if (++read > MAX_ELEMENTS) return false;
      const verdict = word instanceof Range ? coveredWord(doc, view, word, shadowRootOf) : undefined;
      if (verdict) return true;
      if (verdict === false && ++tested > MAX_RANGES) return false;
    }
  }
  return false;
}

/**
 * The topmost element at a point, inside the shadow roots on the way: a document's hit test answers with the host of
 * an overlay drawn in a shadow root, which paints nothing of its own.
 */
function topmostAt(scope: Document | ShadowRoot, x: number, y: number, shadowRootOf: ShadowRootOf): Element | null {
  let top = scope.elementFromPoint(x, y);
  for (let inner = top && shadowRootOf(top); inner; inner = top && shadowRootOf(top)) {
    const deeper = inner.elementFromPoint(x, y);
    if (!deeper || deeper === top) break;
    top = deeper;
  }
  return top;
}

/** Whether a word in view is covered; undefined for a word not tested (out of view, or no layout). */
function coveredWord(doc: Document, view: Window, word: Range, shadowRootOf: ShadowRootOf): boolean | undefined {
  const container = word.startContainer;
  const own = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
  // A document without layout (jsdom) has no rectangles: nothing to hit-test.
  const rect = 'getClientRects' in word ? word.getClientRects()[0] : undefined;
  if (!own || !rect || rect.width === 0 || rect.height === 0) return undefined;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return undefined;
  const root = own.getRootNode() as Document | ShadowRoot;
  const top = topmostAt('elementFromPoint' in root ? root : doc, x, y, shadowRootOf);
  if (!top || top === own || own.contains(top) || top.contains(own)) return false;
  if (top.localName === 'spoor-hover-card') return false;
  // Up to what holds the word too, through shadow hosts: a painting element inside a fixed or sticky one (a header
  // drawn by a web component) is the page's layout too.
  let painting = false;
  for (let element: Element | null = top; element && !element.contains(own); element = above(element)) {
    const style = view.getComputedStyle(element);
    if (style.position === 'fixed' || style.position === 'sticky') return false;
    painting ||= paints(element, style);
  }
  return painting;
}

/**
 * Runs `check` while the page's painting elements that the pointer passes through (`pointer-events: none`) take the
 * pointer, so that hit-testing, which skips them, finds one laid over Spoor's words; their inline style is put back
 * as it was before the page's scripts can run again. Such an overlay is found by the browser's own paint order, not a
 * guess at it: a panel behind the text stays behind it.
 */
function withPointerThrough<T>(doc: Document, shadowRootOf: ShadowRootOf, check: () => T): T {
  const view = doc.defaultView;
  const root = doc.body ?? doc.documentElement;
  if (!view || !root) return check();
  const passed: [ElementCSSInlineStyle & Element, string | null][] = [];
  // The document's elements, then those of each shadow root met on the way (an overlay drawn inside one).
  const scopes: Node[] = [root];
  let read = 0;
  for (let scope = scopes.pop(); scope && read < MAX_ELEMENTS; scope = scopes.pop()) {
    const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
    for (; walker.nextNode() && read < MAX_ELEMENTS; read++) {
      const element = walker.currentNode as Element;
      const shadow = shadowRootOf(element);
      if (shadow) scopes.push(shadow);
      if (!('style' in element)) continue;
      const style = view.getComputedStyle(element);
      if (style.pointerEvents === 'none' && paints(element, style))
        passed.push([element as ElementCSSInlineStyle & Element, element.getAttribute('style')]);
    }
  }
  try {
    for (const [element] of passed) element.style.setProperty('pointer-events', 'auto', 'important');
    return check();
  } finally {
    for (const [element, inline] of passed)
      if (inline === null) element.removeAttribute('style');
      else element.setAttribute('style', inline);
  }
}

const REPLACED = new Set(['img', 'canvas', 'video', 'svg', 'iframe', 'object', 'embed', 'picture']);

/** Whether an element draws something of its own over what lies behind it. */
function paints(element: Element, style: CSSStyleDeclaration): boolean {
  if (Number(style.opacity) === 0) return false;
  if (REPLACED.has(element.localName) || style.backgroundImage !== 'none') return true;
  const color = style.backgroundColor;
  return color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color);
}
