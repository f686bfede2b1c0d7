import { isCalendarDate } from '@/lib/records/calendar-date';

/** Small, defensive helpers for reading hostile page content. */

/** Longest text read from one element or JSON value before trimming: a hostile page may hold megabytes. */
const READ_LIMIT = 20_000;

/**
 * Collapses whitespace and cuts the text to `max` characters (an ellipsis marks the cut).
 * @example cleanText('  Grey  parrot\n for sale ', 300) // 'Grey parrot for sale'
 */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).slice(0, READ_LIMIT).replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Elements that start a new line: their texts are words apart, unlike <b>Pa</b>puga. */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);
/** Elements whose text is never shown. */
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Whether the reader sees a text node (a seller can stuff a title with names drawn in the colour behind them). */
export type ShownText = (node: Text) => boolean;

/** What the reader sees of each document being read, for the length of one extractAd call (none: every text). */
const shownIn = new WeakMap<Document, ShownText>();

/**
 * The words a style sheet draws in an element's ::before and ::after boxes (`content: "…"`, `attr(data-price)`), on
 * the elements that draw any, in document order (lib/flags/drawn-text.ts reads them in a browser): a price or seller
 * name a page shows only there is still what the reader sees.
 */
export type DrawnText = ReadonlyMap<Element, { before: string; after: string }>;

const NOTHING_DRAWN: DrawnText = new Map();
/** What each document being read draws, for the length of one extractAd call. */
const drawnIn = new WeakMap<Document, DrawnText>();

/**
 * Runs `read` with the words `drawn` in ::before and ::after boxes read as the elements' text (elementText), as the
 * reader sees them.
 * @example readingDrawn(document, drawnText(document), () => extractAd(document, location.href))
 */
export function readingDrawn<T>(doc: Document, drawn: DrawnText | undefined, read: () => T): T {
  if (!drawn?.size) return read();
  drawnIn.set(doc, drawn);
  try {
    return read();
  } finally {
    drawnIn.delete(doc);
  }
}

/** The elements of a document that draw words (readingDrawn), in document order; none outside readingDrawn. */
export const drawnTextOf = (doc: Document): DrawnText => drawnIn.get(doc) ?? NOTHING_DRAWN;

/**
 * Runs `read` with the text nodes of `doc` judged by `shown`: every reader of page text (elementText, textNodes,
 * shownContent) then leaves out what the reader does not see, as detection does, without each taking it as a parameter.
 * @example readingShown(document, (node) => !hidden(node), () => extractAd(document, location.href))
 */
export function readingShown<T>(doc: Document, shown: ShownText | undefined, read: () => T): T {
  if (!shown) return read();
  shownIn.set(doc, shown);
  try {
    return read();
  } finally {
    shownIn.delete(doc);
  }
}

/** Whether a text node is shown to the reader of its document (always, outside readingShown). */
export function isShownText(node: Text): boolean {
  const shown = node.ownerDocument && shownIn.get(node.ownerDocument);
  return !shown || shown(node);
}

/**
 * An element's `textContent` without the text the reader does not see, at most READ_LIMIT characters: what
 * structured markup (microdata, RDFa) says in the page's own text.
 * @example shownContent(h1) // 'Old bangle, carved ivory' for "Old bangle,<span style="color:#fff"> rhino</span>…"
 */
export function shownContent(element: Element): string {
  if (!shownIn.has(element.ownerDocument)) return (element.textContent ?? '').slice(0, READ_LIMIT);
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < READ_LIMIT; node = walker.nextNode())
    if (isShownText(node as Text)) text += node.nodeValue ?? '';
  return text.slice(0, READ_LIMIT);
}

/**
 * An element's text as a reader sees its lines, without layout (unlike innerText): blocks and
 * `<br>` are a line apart, scripts, styles and text the reader does not see (readingShown) left out, words drawn in
 * ::before and ::after boxes (readingDrawn) in their place, read only up to `limit` characters (the
 * textContent of a page-sized element would copy the whole page).
 * @example elementText(div) // 'Продаю попугая.\nЦена 180 000 ₽.' for "Продаю попугая.<br>Цена 180 000 ₽."
 */
export function elementText(element: Element, limit = READ_LIMIT): string {
  const drawn = drawnTextOf(element.ownerDocument);
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let text = '';
  let lastBlock: Node | undefined;
  // Elements whose ::after words come once their last descendant is read.
  const open: [Element, string][] = [];
  const add = (piece: string, from: Element) => {
    let parent: Element | null = from;
    while (parent && parent !== element && !BLOCKS.has(parent.tagName.toUpperCase())) parent = parent.parentElement;
    const block = parent ?? element;
    // One text node may hold megabytes: only what fits is copied.
    text += `${lastBlock && block !== lastBlock ? '\n' : ''}${piece.slice(0, limit - text.length + 1)}`;
    lastBlock = block;
  };
  const enter = (box: Element) => {
    const words = drawn.size > 0 ? drawn.get(box) : undefined;
    if (words?.before) add(words.before, box);
    if (words?.after) open.push([box, words.after]);
  };
  const leaveUntil = (node: Node | null) => {
    while (open.length > 0 && !(node && open[open.length - 1]![0].contains(node))) {
      const [box, after] = open.pop()!;
      add(after, box);
    }
  };
  enter(element);
  for (let node = walker.nextNode(); node && text.length <= limit; node = walker.nextNode()) {
    leaveUntil(node);
    if (node.nodeType === 1) {
      if ((node as Element).tagName.toUpperCase() === 'BR') text += '\n';
      else if (!UNSHOWN.has((node as Element).tagName.toUpperCase())) enter(node as Element);
      continue;
    }
    const parent = node.parentElement;
    if (parent && parent !== element && UNSHOWN.has(parent.tagName.toUpperCase())) continue;
    if (!isShownText(node as Text)) continue;
    add(node.nodeValue ?? '', parent ?? element);
  }
  if (text.length <= limit) leaveUntil(null);
  return text.slice(0, limit);
}

/** The text of an element, lines joined by spaces, cut to `max` characters. */
export function textOf(element: Element | null | undefined, max: number): string | undefined {
  return element ? cleanText(elementText(element, Math.max(max * 2, 400)), max) : undefined;
}

/** The first element matching one of `selectors`, in order of preference. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/**
 * An absolute http(s) URL for `raw` resolved against `base`, or undefined.
 * @example absoluteHttpUrl('//img.example/a.jpg', 'https://shop.example/ad') // 'https://img.example/a.jpg'
 */
export function absoluteHttpUrl(raw: unknown, base: string): string | undefined {
  if (typeof raw !== 'string' || raw.length > 2_000) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The picture an `<img>` shows. Lazy-loading pages keep a placeholder in `src` and the real
 * picture in `data-src` or `srcset`, so those absolute URLs win over a relative or data: `src`.
 */
export function imageUrlOf(img: Element, base: string): string | undefined {
  const firstSrcset = img.getAttribute('srcset')?.trim().split(/\s+/)[0];
  const candidates = [img.getAttribute('data-src'), img.getAttribute('src'), firstSrcset];
  const absolute = candidates.find((raw) => raw && /^(https?:)?\/\//i.test(raw.trim()));
  return absoluteHttpUrl(absolute ?? img.getAttribute('src'), base);
}

/**
 * The page's rel=canonical href, as written.
 * @example canonicalHref(document) // '/ad/123'
 */
export function canonicalHref(doc: Document): string | undefined {
  const link = firstOf(doc.getElementsByTagName('link'), 500).find(
    (element) => /(?:^|\s)canonical(?:\s|$)/i.test(element.getAttribute('rel') ?? '') && element.hasAttribute('href'),
  );
  return link?.getAttribute('href') ?? undefined;
}

/**
 * The first `max` items of a DOM list, read by index: a live collection (getElementsByTagName,
 * document.links) is only walked that far, and a million-node page is never copied whole.
 * @example firstOf(document.getElementsByTagName('meta'), 2_000)
 */
export function firstOf<T>(list: ArrayLike<T>, max: number): T[] {
  const items: T[] = [];
  for (let index = 0; index < list.length && index < max; index += 1) items.push(list[index]!);
  return items;
}

/** Distinct values in first-seen order, at most `max` of them. */
export function distinct<T>(values: Iterable<T | undefined>, max: number): T[] {
  const seen = new Set<T>();
  for (const value of values) {
    if (seen.size >= max) break;
    if (value !== undefined) seen.add(value);
  }
  return [...seen];
}

/**
 * A date the page wrote in ISO 8601 (or dd.mm.yyyy, as German sites do), as ISO 8601; else undefined, as for a day
 * that does not exist (30.02.2026), which an import would refuse.
 */
export function isoDate(value: unknown): string | undefined {
  const text = cleanText(value, 40);
  if (!text) return undefined;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = german ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}` : text;
  return /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(iso) && isCalendarDate(iso) ? iso : undefined;
}

/**
 * A regex matching any of `terms` as whole words in any script (\b only knows ASCII letters).
 * @example wordsPattern(['te koop'], 'iu').test('Papegaai te koop!') // true
 */
export function wordsPattern(terms: readonly string[], flags = 'iu'): RegExp {
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, flags);
}
