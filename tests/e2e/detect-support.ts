import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from './support/extension';
import { PATIENCE_MS, untilDone } from './support/progress';
import { startServer, type Route, type TestServer } from './support/server';

/** Serves tests/e2e/pages/detect/ on 127.0.0.1, with optional routes (custom headers). */
export const startDetectServer = (routes: Route[] = []): Promise<TestServer> =>
  startServer(['tests/e2e/pages/detect'], routes);

/** Opens a served page in a new tab of the extension's browser. */
export async function openPage(extension: LoadedExtension, server: TestServer, path: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(server.url(path));
  return page;
}

/**
 * One detect page opened in a browser of its own with the built extension, for a file whose tests all read it; `server`
 * serves the file's other pages.
 */
export interface OpenedDetectPage {
  extension: LoadedExtension;
  server: TestServer;
  page: Page;
  tabId: number;
  close(): Promise<void>;
}

export async function openDetectPage(path: string): Promise<OpenedDetectPage> {
  const server = await startDetectServer();
  let extension: LoadedExtension | undefined;
  try {
    const launched = (extension = await launchWithExtension());
    const page = await openPage(launched, server, path);
    const tabId = await tabIdOf(launched, page.url());
    const close = async () => {
      await launched.close();
      await server.close();
    };
    return { extension: launched, server, page, tabId, close };
  } catch (error) {
    await extension?.close();
    await server.close();
    throw error;
  }
}

type Category = 'app-i' | 'app-ii' | 'app-iii' | 'trade' | 'exempt';

/** The text of every range in one of Spoor's highlights, read from the page itself. */
export function highlightTexts(target: Page | Frame, category: Category): Promise<string[]> {
  return target.evaluate(
    (name) =>
      [...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>)].map((range) => (range as Range).toString()),
    `spoor-${category}`,
  );
}

/** Waits until a highlight's number of ranges is `wanted`, for as long as that number keeps changing. */
export async function waitForHighlights(
  target: Page | Frame,
  category: Category,
  done: (size: number) => boolean,
  wanted: string,
): Promise<void> {
  const name = `spoor-${category}`;
  await untilDone(
    () => target.evaluate((highlight) => CSS.highlights.get(highlight)?.size ?? 0, name),
    done,
    // The number stays 0 until the first paint, which can take half a minute at load 40–60.
    { what: `${name} ranges (waiting for ${wanted})`, stallMs: PATIENCE_MS },
  );
}

/** Waits until a highlight holds exactly `count` ranges, for as long as its number keeps changing. */
export const waitForHighlightCount = (target: Page | Frame, category: Category, count: number): Promise<void> =>
  waitForHighlights(target, category, (size) => size === count, String(count));

/** The id of the tab showing `url`, asked of the extension. */
export async function tabIdOf(extension: LoadedExtension, url: string): Promise<number> {
  return extension.serviceWorker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return tab!.id!;
  }, url);
}

export function badgeText(extension: LoadedExtension, tabId: number): Promise<string> {
  return extension.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Writes Spoor's settings the way the options page would. */
export async function setSettings(extension: LoadedExtension, settings: Record<string, unknown>): Promise<void> {
  await extension.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/**
 * The hover card's text. Its shadow root is closed, so page scripts cannot
 * read it; the DevTools protocol can (pierce: true).
 */
export async function hoverCardText(page: Page): Promise<string | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    interface DomNode {
      nodeName: string;
      nodeValue: string;
      children?: DomNode[];
      shadowRoots?: DomNode[];
    }
    const find = (node: DomNode): DomNode | undefined =>
      node.nodeName === 'SPOOR-HOVER-CARD'
        ? node
        : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
    const text = (node: DomNode): string =>
      node.nodeName === '#text'
        ? node.nodeValue
        : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join(' ');
    const card = find(root as DomNode);
    return card && text(card).replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

/** One entry of a tab's report as the detect service stores it (lib/browser/tab-store.ts), as tests read it. */
export interface StoredEntry {
  entryId: string;
  count: number;
  inHidden: boolean;
  /** Counted with the image descriptions: found in an attribute, or in words a style sheet draws. */
  inAttributes: boolean;
}

/** Every entry of every frame's report for a tab, wherever the tab store nests them. */
export function storedReportEntries(extension: LoadedExtension, tabId: number): Promise<StoredEntry[]> {
  return extension.serviceWorker.evaluate(async (id) => {
    const key = `detect/tab/${id}`;
    const found: { entryId: string; count: number; inHidden?: true; inAttributes?: true }[] = [];
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        if ('entryId' in value) found.push(value as (typeof found)[number]);
        else Object.values(value).forEach(collect);
      }
    };
    collect((await chrome.storage.session.get(key))[key]);
    return found.map(({ entryId, count, inHidden, inAttributes }) => ({
      entryId,
      count,
      inHidden: inHidden ?? false,
      inAttributes: inAttributes ?? false,
    }));
  }, tabId);
}

/** A taxon's entries in a tab's report, each as [count, whether in text the page hides]. */
export async function taxonReport(
  extension: LoadedExtension,
  tabId: number,
  taxon: string,
): Promise<[number, boolean][]> {
  return (await storedReportEntries(extension, tabId))
    .filter((entry) => entry.entryId.includes(taxon))
    .map((entry) => [entry.count, entry.inHidden]);
}

/** The text of every painted range, by the `data-shown`, `data-hidden` or `data-reveal` case holding it. */
export function paintedByCase(target: Page): Promise<Record<string, string[]>> {
  return target.evaluate(() => {
    const ranges = [...CSS.highlights.values()].flatMap((highlight) => [...(highlight as unknown as Iterable<Range>)]);
    const found: Record<string, string[]> = {};
    for (const element of document.querySelectorAll('[data-shown], [data-hidden], [data-reveal]')) {
      const name = ['data-shown', 'data-hidden', 'data-reveal'].map((key) => element.getAttribute(key)).find(Boolean)!;
      // White space as it renders: a range over two cells holds the source's line break and indent between them.
      found[name] = ranges
        .filter((range) => element.contains(range.commonAncestorContainer))
        .map((range) => range.toString().replace(/\s+/g, ' '));
    }
    return found;
  });
}
