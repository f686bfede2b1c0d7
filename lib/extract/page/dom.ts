import { elementText, isShownText } from '../text';

/** Layout-free DOM helpers for reading the visible page: selectors and tree shape only, never innerText. */

/** Elements whose text is never the ad's. */
const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'SELECT',
  'OPTION',
  'BUTTON',
  'TEXTAREA',
  'IFRAME',
]);
/** The site's own navigation and footer: the logged-in user's profile link lives there. */
const CHROME_TAGS = new Set(['NAV', 'FOOTER']);
const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'search', 'banner']);
const HIDING_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Per-element answers, memoised up the tree: a page is read once, but asked about thousands of elements. */
const contentMemo = new WeakMap<Element, boolean>();
const chromeMemo = new WeakMap<Element, boolean>();

function ownlyShown(element: Element): boolean {
  if (NEVER_TEXT.has(element.tagName.toUpperCase())) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return false;
  const style = element.getAttribute('style');
  return !(style && HIDING_STYLE.test(style));
}

/**
 * Whether an element shows page content: not hidden by markup (`hidden`, `aria-hidden`, inline display:none), not in a
 * script, style or form control.
 * @example isContent(document.querySelector('[hidden] h1')!) // false
 */
export function isContent(element: Element): boolean {
  const known = contentMemo.get(element);
  if (known !== undefined) return known;
  const parent = element.parentElement;
  const shown = ownlyShown(element) && (!parent || isContent(parent));
  contentMemo.set(element, shown);
  return shown;
}

/**
 * Whether an element sits in the site's navigation, search, header banner or footer.
 * @example inSiteChrome(document.querySelector('nav a')!) // true
 */
export function inSiteChrome(element: Element): boolean {
  const known = chromeMemo.get(element);
  if (known !== undefined) return known;
  const own = CHROME_TAGS.has(element.tagName.toUpperCase()) || CHROME_ROLES.has(element.getAttribute('role') ?? '');
  const parent = element.parentElement;
  const chrome = own || (parent ? inSiteChrome(parent) : false);
  chromeMemo.set(element, chrome);
  return chrome;
}

/**
 * The shown text nodes of a page's body (or an element) in document order (readingShown's judgement too), at most
 * `max` (hostile pages hold millions).
 * @example textNodes(document).map((node) => node.nodeValue) // ['Graupapagei', '450 €', …]
 */
export function textNodes(scope: Document | Element, max = 20_000): Text[] {
  const isDocument = (node: Document | Element): node is Document => node.nodeType === 9;
  const doc = isDocument(scope) ? scope : scope.ownerDocument;
  const root = isDocument(scope) ? (scope.body ?? scope.documentElement) : scope;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node && nodes.length < max; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (
      node.nodeValue &&
      /\S/.test(node.nodeValue) &&
      parent &&
      !NEVER_TEXT.has(parent.tagName.toUpperCase()) &&
      isShownText(node as Text)
    )
      nodes.push(node as Text);
  }
  return nodes;
}

/**
 * An element's text with spaces collapsed, at most `max` characters, read only as far as needed.
 * Texts of different blocks stay a word apart ("<h4>Kasia</h4><p>Na OLX od 2019</p>").
 * @example shortText(sellerCard, 80) // 'Kasia Na OLX od marca 2019'
 */
export function shortText(element: Element | null | undefined, max = 300): string {
  return element
    ? elementText(element, max * 2)
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, max)
    : '';
}

/**
 * The first shown, non-blank text of an element: a seller card's name before its "member since".
 * @example firstText(sellerCard) // 'Kasia'
 */
export function firstText(element: Element, accept: (text: string) => boolean = () => true): string | undefined {
  for (const node of textNodes(element, 200)) {
    const text = node.nodeValue!.replace(/\s+/g, ' ').trim();
    if (text && node.parentElement && isContent(node.parentElement) && accept(text)) return text;
  }
  return undefined;
}
