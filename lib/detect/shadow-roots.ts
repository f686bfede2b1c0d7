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
 * than a property read.
 * @example shadowRootReader(browser.dom)(document.querySelector('listing-card')!) // its closed root
 */
export function shadowRootReader(dom: DomApi | undefined): (element: Element) => ShadowRoot | null {
  return (element) => {
    if (!isCustomElement(element)) return element.shadowRoot;
    const firefox = (element as Element & { openOrClosedShadowRoot?(): ShadowRoot | null }).openOrClosedShadowRoot;
    return (dom ? dom.openOrClosedShadowRoot(element as HTMLElement) : firefox?.call(element)) ?? element.shadowRoot;
  };
}
