import type { BrowserContext, Page } from 'playwright-core';

/** What hostile text could have done on a page, if it had been parsed as markup or run. */
export interface Damage {
  /** Set by a payload's script (`window.__pwned = …`). */
  pwned: unknown;
  /** Elements only a payload would create: img[src=x], iframes, any inline on* handler attribute. */
  injected: string[];
  /** Links that would run script or leave http(s): javascript:, data:, vbscript:. */
  scriptLinks: string[];
}

/**
 * Reads the page's damage report. Spoor's own pages use no inline handlers,
 * no iframes and no img[src=x], so any of them came from page data.
 */
export function damageOn(page: Page): Promise<Damage> {
  return page.evaluate(() => {
    const describe = (element: Element) => element.outerHTML.slice(0, 120);
    const withHandler = [...document.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
    );
    const injected = [...document.querySelectorAll('img[src="x"], iframe, frame, object, embed'), ...withHandler].map(
      describe,
    );
    const scriptLinks = [...document.querySelectorAll('a[href], area[href], link[href], form[action]')]
      .map((element) => (element as HTMLAnchorElement).href ?? element.getAttribute('action'))
      .filter((href) => !/^(https?|chrome-extension|moz-extension|blob):/i.test(href));
    return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, injected, scriptLinks };
  });
}

/**
 * Everything a payload could make the browser report, per page, from now on:
 * dialogs (alert/confirm/prompt) and Content-Security-Policy refusals, which is
 * how an extension page answers an inline script or handler it was given.
 */
export function watchForScriptAttempts(context: BrowserContext): { dialogs: string[]; refusals: string[] } {
  const seen = { dialogs: [] as string[], refusals: [] as string[] };
  const watch = (page: Page) => {
    page.on('dialog', (dialog) => {
      seen.dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(message.text()))
        seen.refusals.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return seen;
}
