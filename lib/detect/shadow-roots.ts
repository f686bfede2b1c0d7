/** What Chromium offers content scripts for closed shadow roots (`chrome.dom`). */
export interface DomApi {
  openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null;
}

/**
 * Custom elements (their names have a hyphen) are the elements page code defines, and the ones that close or attach
 * roots late.
 */
export const isCustomElement = (element: Element): boolean => element.localName.includes('-');

/**
 * Reads an element's shadow root, closed ones included: web components
 * (custom elements, whose names have a hyphen) often close theirs, and the
 * text inside is still on screen. Only an extension can open a closed root:
 * `chrome.dom.openOrClosedShadowRoot` in Chromium, `element.openOrClosedShadowRoot()`
 * in Firefox. Other elements are asked for their open root only: the scan
 * meets every element of the page, and the extension call costs far more
 * than a property read. `mayHostClosed` widens that to other elements (the flag's readings: everyShadowRootReader).
 * @example shadowRootReader(browser.dom)(document.querySelector('listing-card')!) // its closed root
 */
export function shadowRootReader(
  dom: DomApi | undefined,
  mayHostClosed: (element: Element) => boolean = isCustomElement,
): (element: Element) => ShadowRoot | null {
  return (element) => {
    if (!mayHostClosed(element)) return element.shadowRoot;
    const firefox = (element as Element & { openOrClosedShadowRoot?(): ShadowRoot | null }).openOrClosedShadowRoot;
    return (dom ? dom.openOrClosedShadowRoot(element as HTMLElement) : firefox?.call(element)) ?? element.shadowRoot;
  };
}

/** The built-in elements a page may attach a shadow root to (DOM standard, attachShadow's valid hosts). */
const BUILT_IN_HOSTS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/**
 * Reads an element's shadow root, closed ones included, for every element that may host one: the flag's readings
 * (lib/flags/read-page.ts), which must meet a closed root a page attaches to a plain `<div>` for the screenshot, and
 * run once per flag, not on every element the scan meets.
 * @example everyShadowRootReader(browser.dom)(document.getElementById('ad')!) // a closed root attached late
 */
export function everyShadowRootReader(dom: DomApi | undefined): (element: Element) => ShadowRoot | null {
  return shadowRootReader(dom, (element) => isCustomElement(element) || BUILT_IN_HOSTS.has(element.localName));
}
