import type { BrowserContext, Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { setSettings } from './page-measures.ts';
import { traced, type TraceEvent } from './trace.ts';

const SEEDED_FLAGS = Number(process.env.BENCH_FLAGS ?? 10_000);
const SCREENSHOT_BYTES = 8 * 1024;

async function tabIdOf(extension: LoadedExtension, url: string): Promise<number> {
  return extension.serviceWorker.evaluate(
    async (href) => (await chrome.tabs.query({})).find((tab) => tab.url === href)!.id!,
    url,
  );
}

/** The popup's time from its navigation start to its flag panel being ready, waited for in the popup. */
export function timeToPopupReady(popup: Page): Promise<number> {
  return popup.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const ready = () =>
          [...document.querySelectorAll('button')].some((b) => b.textContent === 'Flag this ad') &&
          !document.body.textContent!.includes('Loading');
        const check = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(check));
        check();
      }),
  );
}

/** Opens the popup about `tabId` and returns the time from navigation start to its flag panel being ready. */
export async function popupReady(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
): Promise<{ popup: Page; ms: number }> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return { popup, ms: await timeToPopupReady(popup) };
}

/** Opens the popup about `tabId` under a trace of `categories`; returns its ready time and the trace's events. */
export async function tracedPopupReady(
  context: BrowserContext,
  extensionId: string,
  tabId: number,
  categories: string,
): Promise<{ readyMs: number; events: TraceEvent[] }> {
  const popup = await context.newPage();
  const cdp = await context.newCDPSession(popup);
  const { result: readyMs, events } = await traced(cdp, categories, async () => {
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    return timeToPopupReady(popup);
  });
  await popup.close();
  return { readyMs, events };
}

/**
 * Clicks "Flag this ad" and returns the time from the click until the popup says the record is saved. With
 * `pressMs`, the pointer first moves onto the button and presses it that long before the click, as a mouse does;
 * without, the click comes alone, as a screen reader's can.
 */
export async function clickToSaved(popup: Page, pressMs?: number): Promise<number> {
  return popup.evaluate(async (pressMs) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Flag this ad')!;
    if (pressMs !== undefined) {
      for (const type of ['pointerover', 'pointermove', 'pointerdown'])
        button.dispatchEvent(new PointerEvent(type, { bubbles: true }));
      await new Promise((pressed) => setTimeout(pressed, pressMs));
    }
    return new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        const status = document.querySelector('[role=status]')?.textContent ?? '';
        const alert = document.querySelector('[role=alert]')?.textContent;
        if (status.startsWith('Saved')) resolve(performance.now() - start);
        else if (alert) reject(new Error(alert));
        else return;
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      button.click();
    });
  }, pressMs);
}

/** Copies the one real flag into `count` distinct flags, each with its own random 8 KB "screenshot". */
async function seedFlags(extension: LoadedExtension, count: number): Promise<void> {
  await extension.serviceWorker.evaluate(
    async ({ count, bytes }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('spoor');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const template = await new Promise<Record<string, any>>((done) => {
        const request = db.transaction('flags').objectStore('flags').getAll();
        request.onsuccess = () => done(request.result[0]);
      });
      const hex = (buffer: ArrayBuffer) =>
        [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
      for (let start = 0; start < count; start += 500) {
        const batch = [];
        for (let i = start; i < Math.min(count, start + 500); i++) {
          const png = crypto.getRandomValues(new Uint8Array(bytes));
          const sha = hex(await crypto.subtle.digest('SHA-256', png));
          const flag = structuredClone(template);
          flag.id = crypto.randomUUID();
          flag.canonicalUrl = `${template.canonicalUrl}?seeded=${i}`;
          flag.observations[0].id = crypto.randomUUID();
          flag.observations[0].artifacts = [{ kind: 'screenshot', sha256: sha, mimeType: 'image/png', bytes }];
          batch.push({ flag, sha, blob: new Blob([png], { type: 'image/png' }) });
        }
        const tx = db.transaction(['flags', 'artifacts'], 'readwrite');
        for (const { flag, sha, blob } of batch) {
          tx.objectStore('flags').put(flag);
          tx.objectStore('artifacts').put({ blob, mimeType: 'image/png', bytes }, sha);
        }
        await new Promise((done, fail) => ((tx.oncomplete = done), (tx.onerror = () => fail(tx.error))));
      }
      db.close();
    },
    { count, bytes: SCREENSHOT_BYTES },
  );
}

/** Opens the dashboard and returns the time from navigation start to a table holding every flag. */
async function dashboardReady(extension: LoadedExtension, flags: number): Promise<number> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  const ms = await page.evaluate(
    (expected) =>
      new Promise<number>((resolve) => {
        const check = () =>
          Number(document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount')) === expected + 1
            ? resolve(performance.now())
            : requestAnimationFrame(check);
        check();
      }),
    flags,
  );
  await page.close();
  return ms;
}

/**
 * Flagging figures: click to record saved (the first flag), and popup and
 * dashboard ready times with one flag in the database and with 10,000.
 */
export async function measureFlagging(extension: LoadedExtension, adUrl: string): Promise<Record<string, number>> {
  await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
  const ad = await extension.context.newPage();
  await ad.goto(adUrl, { waitUntil: 'domcontentloaded' });
  await ad.bringToFront();
  const tabId = await tabIdOf(extension, ad.url());
  const first = await popupReady(extension.context, extension.extensionId, tabId);
  const saved = await clickToSaved(first.popup);
  await first.popup.close();
  const withOne = await popupReady(extension.context, extension.extensionId, tabId);
  await withOne.popup.close();
  const dashboardWithOne = await dashboardReady(extension, 1);
  await seedFlags(extension, SEEDED_FLAGS);
  const withMany = await popupReady(extension.context, extension.extensionId, tabId);
  await withMany.popup.close();
  const dashboardWithMany = await dashboardReady(extension, SEEDED_FLAGS + 1);
  return {
    'click "Flag this ad" → record saved (screenshot + MHTML + hashes)': saved,
    'popup ready, 1 flag in the database (baseline)': withOne.ms,
    [`popup ready, ${SEEDED_FLAGS.toLocaleString('en')} flags with screenshots`]: withMany.ms,
    'dashboard table ready, 1 flag (baseline)': dashboardWithOne,
    [`dashboard table ready, ${SEEDED_FLAGS.toLocaleString('en')} flags`]: dashboardWithMany,
  };
}
