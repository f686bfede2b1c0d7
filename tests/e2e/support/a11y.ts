import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/*
 * The accessibility probes the browser tests run on every surface: axe-core,
 * clipped text, target size and a keyboard walk. They run in the page through
 * DevTools (page.evaluate), which extension pages' CSP does not block.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core's findings it only asks to review that still fail every reader: a name (aria-label) on an element whose role
 * cannot be named (code, span, p), which screen readers never speak; axe leaves it to review when the element has text.
 */
const REVIEWS_THAT_FAIL = ['aria-prohibited-attr'];

/** axe-core's violations of critical, serious or moderate impact (minor ones are advice), and REVIEWS_THAT_FAIL. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (failing) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<any> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const reviews = (result.incomplete as any[]).filter((review) => failing.includes(review.id));
    return [...(result.violations as any[]), ...reviews].map((violation) => ({
      id: violation.id as string,
      impact: violation.impact as string,
      help: violation.help as string,
      targets: (violation.nodes as any[]).map((node) => String(node.target)),
    }));
  }, REVIEWS_THAT_FAIL);
  return violations.filter((violation) => ['critical', 'serious', 'moderate'].includes(violation.impact));
}

/** What a probe reports for one element: enough to find it. */
export interface Found {
  element: string;
  text: string;
  detail: string;
}

/**
 * Text cut off without an ellipsis: an element with text of its own whose
 * content is wider than its box (scrollWidth > clientWidth) and no
 * `text-overflow: ellipsis`. Screen-reader-only text (1 px boxes) is left out.
 */
export function clippedTexts(page: Page): Promise<Found[]> {
  return page.evaluate(() => {
    const found: Array<{ element: string; text: string; detail: string }> = [];
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim() !== '');
      if (!ownText) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if (element.scrollWidth <= element.clientWidth + 1) continue;
      if (getComputedStyle(element).textOverflow === 'ellipsis') continue;
      found.push({
        element: `${element.tagName.toLowerCase()}.${element.className}`,
        text: element.textContent!.trim().slice(0, 60),
        detail: `scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`,
      });
    }
    return found;
  });
}

const ACTIONABLE =
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Everything a pointer can act on that is smaller than 24 × 24 CSS pixels (WCAG 2.2, 2.5.8). */
export function smallTargets(page: Page, minimum = 24): Promise<Found[]> {
  return page.evaluate(
    ([selector, size]) => {
      const found: Array<{ element: string; text: string; detail: string }> = [];
      for (const element of document.querySelectorAll<HTMLElement>(selector as string)) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue; // Not rendered (a closed <details>, display: none).
        if (getComputedStyle(element).visibility === 'hidden') continue;
        if (box.width < (size as number) - 0.5 || box.height < (size as number) - 0.5)
          found.push({
            element: `${element.tagName.toLowerCase()}.${element.className}`,
            text: (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60),
            detail: `${box.width.toFixed(1)} × ${box.height.toFixed(1)}`,
          });
      }
      return found;
    },
    [ACTIONABLE, minimum] as const,
  );
}

export interface KeyboardWalk {
  /** Actionable elements Tab never reached. */
  unreached: Found[];
  /** Elements that took focus without a visible focus indicator. */
  invisibleFocus: Found[];
  stops: number;
}

/**
 * Tabs through the page until focus comes back round, noting each element focused and whether it shows a focus
 * indicator (an outline of 2 px or more, or a box shadow, while it has focus), then lists the actionable elements
 * never reached. The walk starts at the top, or after the field last focused (blurring leaves the browser's starting
 * point there). Of a radio group, Tab reaches one member (the arrows move within it): reaching one counts for all.
 */
export async function walkWithKeyboard(page: Page, maxStops = 400): Promise<KeyboardWalk> {
  await page.evaluate((selector) => {
    let n = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      const disabled = (element as HTMLButtonElement).disabled === true;
      if ((box.width === 0 && box.height === 0) || disabled || getComputedStyle(element).visibility === 'hidden')
        continue;
      const radio = element instanceof HTMLInputElement && element.type === 'radio' ? `radio:${element.name}` : '';
      element.dataset.a11yWalk = radio || String((n += 1));
    }
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  }, ACTIONABLE);
  const reached = new Set<string>();
  const invisibleFocus: Found[] = [];
  let first: string | undefined;
  let previous: string | undefined;
  let stops = 0;
  for (; stops < maxStops; stops += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const ring =
        (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      return {
        id: element.dataset.a11yWalk ?? `untracked:${element.tagName}`,
        visible: ring,
        element: `${element.tagName.toLowerCase()}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''}.${element.className}`,
        text: (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60),
      };
    });
    if (!focused) continue;
    // A date field's parts take focus in turn under one id: only coming back to the first from elsewhere ends it.
    if (focused.id === first && previous !== first) break;
    first ??= focused.id;
    previous = focused.id;
    reached.add(focused.id);
    if (!focused.visible)
      invisibleFocus.push({ element: focused.element, text: focused.text, detail: 'no focus ring' });
  }
  const unreached = await page.evaluate(
    (ids) =>
      [...document.querySelectorAll<HTMLElement>('[data-a11y-walk]')]
        .filter((element) => !ids.includes(element.dataset.a11yWalk!))
        .map((element) => ({
          element: `${element.tagName.toLowerCase()}.${element.className}`,
          text: (element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 60),
          detail: 'not reached with Tab',
        })),
    [...reached],
  );
  return { unreached, invisibleFocus, stops };
}

/** The page's width, and what sticks out past the window outside any scrolling box (where the width comes from). */
export function pageWidth(page: Page) {
  return page.evaluate(() => {
    const scrolls = (element: Element) => !['visible', 'clip'].includes(getComputedStyle(element).overflowX);
    const outside = (element: Element) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement)
        if (scrolls(box)) return false;
      return element.getBoundingClientRect().right > innerWidth + 0.5;
    };
    const sticking = [...document.body.querySelectorAll('*')].filter(outside).slice(-3);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      sticking: sticking.map(
        (element) => `${element.localName}.${element.className}: ${element.textContent?.slice(0, 40)}`,
      ),
    };
  });
}
