/**
 * What the popup waits on, bundled against the full checklist: one browser of the build with each dictionary, taking
 * turns in the same minutes. Each turn loads the ad page, waits for its badge (and BENCH_SETTLE_MS more, 0 by default:
 * the page-side bench opens the popup at once), opens the popup and prints, from the popup's navigation start, when
 * each extension API call of its first screen was made and answered (storage.local, storage.session, tabs,
 * runtime.sendMessage; wrapped by a script that runs before the page's own) and when it was ready.
 *
 *   BENCH_PAGE_RUNS=5 node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/popup-waits.ts
 */
import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { timeToPopupReady } from './flagging.ts';
import { median } from './page-measures.ts';
import { popupTurns } from './popup-turns.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);

/** Runs in the popup before its scripts: every call of the wrapped APIs, with when it was made and answered. */
function recordCalls() {
  const calls: { name: string; at: number; answered?: number }[] = [];
  (window as unknown as { spoorCalls: typeof calls }).spoorCalls = calls;
  const api = (globalThis as unknown as { chrome: Record<string, Record<string, Record<string, unknown>>> }).chrome;
  const wrap = (owner: Record<string, unknown>, method: string, name: string) => {
    const original = owner[method] as (...args: unknown[]) => Promise<unknown>;
    owner[method] = (...args: unknown[]) => {
      const call: (typeof calls)[number] = { name: `${name}(${JSON.stringify(args[0] ?? '').slice(0, 40)})`, at: 0 };
      call.at = performance.now();
      calls.push(call);
      const answer = original.apply(owner, args);
      void answer.then(() => (call.answered = performance.now())).catch(() => undefined);
      return answer;
    };
  };
  wrap(api.storage!.local!, 'get', 'local.get');
  wrap(api.storage!.session!, 'get', 'session.get');
  wrap(api.tabs!, 'get', 'tabs.get');
  wrap(api.tabs!, 'query', 'tabs.query');
  wrap(api.runtime!, 'sendMessage', 'sendMessage');
}

type Figures = Record<string, number>;

async function openPopup(extension: LoadedExtension, tabId: number): Promise<Figures> {
  const popup: Page = await extension.context.newPage();
  await popup.addInitScript(recordCalls);
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${tabId}`);
  const ready = await timeToPopupReady(popup);
  const calls = await popup.evaluate(
    () => (window as unknown as { spoorCalls: { name: string; at: number; answered?: number }[] }).spoorCalls,
  );
  const navigation = await popup.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { 'DOMContentLoaded end': entry.domContentLoadedEventEnd, 'load event start': entry.loadEventStart };
  });
  await popup.close();
  const figures: Figures = { ...navigation, ready };
  for (const { name: named, ...call } of calls) {
    const name = named.replaceAll(String(tabId), 'TAB');
    figures[`${name} asked`] ??= call.at;
    figures[`${name} answered`] ??= call.answered ?? Number.NaN;
    figures[`${name} wait`] ??= (call.answered ?? Number.NaN) - call.at;
  }
  return figures;
}

for (const { mode, results } of await popupTurns(RUNS, async (extension, tabId, badgeMs): Promise<Figures> => ({
  ...(await openPopup(extension, tabId)),
  'badge after load': badgeMs,
}))) {
  console.log(`${mode}: medians of ${results.length}, ms from navigation start`);
  const names = [...new Set(results.flatMap(Object.keys))];
  const rows = names.map((name) => ({ name, ms: median(results.map((figures) => figures[name] ?? Number.NaN)) }));
  for (const { name, ms } of rows.sort((a, b) => a.ms - b.ms))
    console.log(
      `  ${ms.toFixed(1).padStart(7)}  ${name}   [${results.map((f) => (f[name] ?? NaN).toFixed(0)).join(' ')}]`,
    );
}
