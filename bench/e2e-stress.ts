/**
 * Rare races the e2e tests could meet on CI, counted before CI meets them: each scenario the browser tests rely on
 * is repeated BENCH_STRESS_RUNS times (default 100) in the built extension, BENCH_STRESS_TABS tabs at once (default
 * 4), on whatever load the machine has (say it beside the counts). Each run ends "ok" or with the step that stopped
 * moving and the last value it saw: the same wait the tests use (untilDone, PATIENCE_MS), so a failure here is one
 * CI would have. Unlike the tests, most scenarios act while the page is still loading (a route change, appended
 * listings, shown text, a flag, the popup, a settings change), where a race has room.
 *
 *   SPOOR_OUT_DIR=<folder holding chrome-mv3> node … bench/e2e-stress.ts [scenario …]   (npm run bench's node flags)
 *
 * Prints one table row per scenario: runs, ok, and each distinct failure with its count.
 */
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from '../tests/e2e/support/extension.ts';
import { PATIENCE_MS, untilDone } from '../tests/e2e/support/progress.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { revealPanels } from '../tests/e2e/support/reveal-panels.ts';

const RUNS = Number(process.env.BENCH_STRESS_RUNS ?? 100);
const TABS = Number(process.env.BENCH_STRESS_TABS ?? 4);
/** Every flag is stamped with a researcher; the settings scenarios write their change over these. */
const BASE_SETTINGS = { researcherId: 'stress', survey: 'e2e stress' };

type Category = 'app-i' | 'app-ii' | 'trade' | 'exempt';

interface Run {
  extension: LoadedExtension;
  url(path: string): string;
  /** The run's number, unique across the whole bench. */
  n: number;
}

/** One scenario: `run` runs in every tab of a round at once. */
interface Scenario {
  run(run: Run, round: Round): Promise<void>;
}

/** What the tabs of one round share: the settings change they wait for, made once all of them have started. */
interface Round {
  started(): void;
  changed: Promise<unknown>;
  value: string;
}

const ranges = (target: Page | Frame, category: Category) =>
  target.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, `spoor-${category}`);

const texts = (target: Page | Frame, category: Category) =>
  target.evaluate(
    (name) => [...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>)].map((range) => String(range)),
    `spoor-${category}`,
  );

/** Waits as the tests do: until `done`, failing only when the value stops changing for PATIENCE_MS. */
const until = <T>(what: string, read: () => Promise<T>, done: (value: T) => boolean) =>
  untilDone(read, done, { what, stallMs: PATIENCE_MS });

async function tabIdOf(extension: LoadedExtension, url: string): Promise<number> {
  return extension.serviceWorker.evaluate(
    async (href) => (await chrome.tabs.query({})).find((tab) => tab.url === href)!.id!,
    url,
  );
}

const badge = (extension: LoadedExtension, tabId: number) =>
  extension.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

const setSettings = (extension: LoadedExtension, change: Record<string, unknown>) =>
  extension.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), {
    ...BASE_SETTINGS,
    ...change,
  });

/** How many times the tab's report counts a taxon (the detect service's entries, as storage.session keeps them). */
function reported(extension: LoadedExtension, tabId: number, taxon: string): Promise<[number, boolean][]> {
  return extension.serviceWorker.evaluate(
    async ({ id, wanted }) => {
      const key = `detect/tab/${id}`;
      const found: [number, boolean][] = [];
      const collect = (value: unknown) => {
        if (Array.isArray(value)) value.forEach(collect);
        else if (value && typeof value === 'object') {
          const entry = value as { entryId?: string; count: number; inHidden?: boolean };
          if (entry.entryId !== undefined) {
            if (entry.entryId.includes(wanted)) found.push([entry.count, entry.inHidden ?? false]);
          } else Object.values(value).forEach(collect);
        }
      };
      collect((await chrome.storage.session.get(key))[key]);
      return found;
    },
    { id: tabId, wanted: taxon },
  );
}

async function open({ extension, url }: Run, path: string, waitUntil: 'load' | 'commit' = 'load') {
  const page = await extension.context.newPage();
  await page.goto(url(path), { waitUntil });
  return page;
}

const closing = (page: Page, work: () => Promise<void>) => work().finally(() => page.close());

const scenarios: Record<string, Scenario> = {
  /** detect.test.ts: a page's first highlights and its badge. */
  'first-highlights': {
    run: async (run) => {
      const page = await open(run, `/detect/spa.html?run=${run.n}`);
      await closing(page, async () => {
        const tabId = await tabIdOf(run.extension, page.url());
        await until(
          'app-i texts',
          () => texts(page, 'app-i'),
          (found) => found.join() === 'Graupapagei',
        );
        await until(
          'badge',
          () => badge(run.extension, tabId),
          (text) => text === '1',
        );
      });
    },
  },
  /** detect.test.ts: same-origin frames and open shadow roots. */
  frames: {
    run: async (run) => {
      const page = await open(run, `/detect/frames.html?run=${run.n}`);
      await closing(page, async () => {
        await until(
          'app-i ranges',
          () => ranges(page, 'app-i'),
          (size) => size === 1,
        );
        await until(
          'trade texts (shadow root)',
          () => texts(page, 'trade'),
          (found) => found.join() === 'Carved ivory',
        );
        const child = () => page.frames().find((frame) => frame.url().includes('frame-child.html'))!;
        await until(
          'child frame app-ii texts',
          () => texts(child(), 'app-ii'),
          (found) => found.join() === 'ball python',
        );
      });
    },
  },
  /** detect-dynamic.test.ts: a route change, here made before the first highlights. */
  spa: {
    run: async (run) => {
      const page = await open(run, `/detect/spa.html?run=${run.n}`);
      await closing(page, async () => {
        const tabId = await tabIdOf(run.extension, page.url());
        await page.click('#to-reptiles');
        await until(
          'app-ii texts',
          () => texts(page, 'app-ii'),
          (found) => found.join() === 'Ball python,ball python',
        );
        await until(
          'app-i ranges',
          () => ranges(page, 'app-i'),
          (size) => size === 0,
        );
        await until(
          'badge',
          () => badge(run.extension, tabId),
          (text) => text === '1',
        );
      });
    },
  },
  /** detect-dynamic.test.ts: listings appended as the page loads, each reported and painted. */
  infinite: {
    run: async (run) => {
      const page = await open(run, `/detect/infinite.html?run=${run.n}`);
      await closing(page, async () => {
        const tabId = await tabIdOf(run.extension, page.url());
        await page.evaluate(() => (window as unknown as { appendListings(n: number): void }).appendListings(3));
        const count = async () =>
          (await reported(run.extension, tabId, 'psittacus-erithacus')).reduce((sum, [n]) => sum + n, 0);
        await until('reported Psittacus erithacus', count, (n) => n === 4);
        await until(
          'app-i ranges',
          () => ranges(page, 'app-i'),
          (size) => size === 4,
        );
        // The appended listings add a trade term (ivory) to the taxon.
        await until(
          'badge',
          () => badge(run.extension, tabId),
          (text) => text === '2',
        );
      });
    },
  },
  /** hidden-text.test.ts: text the page shows right after it loads, without changing it. */
  'hidden-shown': {
    run: async (run) => {
      const page = await open(run, `/detect/hidden-reveal.html?run=${run.n}`);
      await closing(page, async () => {
        const tabId = await tabIdOf(run.extension, page.url());
        await page.evaluate(revealPanels);
        await until(
          'reported Panthera tigris',
          () => reported(run.extension, tabId, 'panthera-tigris'),
          (found) => ['7,false'].includes(found.join(';')),
        );
        await until(
          'badge',
          () => badge(run.extension, tabId),
          (text) => text === '2',
        );
      });
    },
  },
  /** flag.test.ts: the ad flagged from the popup as soon as it has loaded, with its taxa in the record. */
  flag: {
    run: async (run) => {
      const page = await open(run, `/flag/ad.html?run=${run.n}`);
      await closing(page, async () => {
        const tabId = await tabIdOf(run.extension, page.url());
        const popup = await run.extension.context.newPage();
        await closing(popup, async () => {
          await popup.goto(`chrome-extension://${run.extension.extensionId}/popup.html?tabId=${tabId}`);
          await popup.getByRole('region', { name: 'Flag' }).getByRole('button', { name: 'Flag this ad' }).click();
          // Read without Playwright's own wait for the element: flags are taken one at a time, so a tab's status
          // can wait behind the other tabs' screenshots.
          const status = await until(
            'flag status',
            () =>
              popup.evaluate(() => {
                const panel = document.querySelector('section.flag-panel');
                const alert = document.querySelector('[role=alert]')?.textContent;
                return alert ? `alert: ${alert}` : (panel?.querySelector('[role=status]')?.textContent ?? '');
              }),
            (text) => text.startsWith('Saved') || text.startsWith('alert'),
          );
          if (!status.startsWith('Saved')) throw new Error(status);
          const detected = await run.extension.serviceWorker.evaluate(async (href) => {
            const db = await new Promise<IDBDatabase>((done, fail) => {
              const request = indexedDB.open('spoor');
              request.onsuccess = () => done(request.result);
              request.onerror = () => fail(request.error);
            });
            const flags = await new Promise<{ observations: { url: string; detected: { label: string }[] }[] }[]>(
              (done) => {
                const request = db.transaction('flags').objectStore('flags').getAll();
                request.onsuccess = () => done(request.result);
              },
            );
            db.close();
            const observation = flags.flatMap((flag) => flag.observations).find((seen) => seen.url === href);
            return observation?.detected.map((detection) => detection.label) ?? ['(no observation)'];
          }, page.url());
          if (!detected.includes('Loxodonta africana')) throw new Error(`flag saved with taxa [${detected}]`);
        });
      });
    },
  },
  /** detect.test.ts, popup-asleep.test.ts: the popup opened as soon as the page has loaded lists its taxa. */
  popup: {
    run: async (run) => {
      const page = await open(run, `/detect/spa.html?run=${run.n}`);
      await closing(page, async () => {
        const tabId = await tabIdOf(run.extension, page.url());
        const popup = await run.extension.context.newPage();
        await closing(popup, async () => {
          await popup.goto(`chrome-extension://${run.extension.extensionId}/popup.html?tabId=${tabId}`);
          await until(
            'popup taxa',
            () => popup.locator('.taxa__name').allTextContents(),
            (names) => names.includes('Psittacus erithacus'),
          );
        });
      });
    },
  },
  /** detect-dynamic.test.ts: the badge counts a page, and clears when the tab navigates to one without findings. */
  badge: {
    run: async (run) => {
      const page = await open(run, `/detect/infinite.html?run=${run.n}`);
      await closing(page, async () => {
        const tabId = await tabIdOf(run.extension, page.url());
        await until(
          'badge',
          () => badge(run.extension, tabId),
          (text) => text === '1',
        );
        await page.goto(run.url(`/detect/plain.html?run=${run.n}`));
        await until(
          'badge after navigating',
          () => badge(run.extension, tabId),
          (text) => text === '',
        );
      });
    },
  },
  /** detect-dynamic.test.ts: the site paused while its pages load stays unpainted, and is painted once resumed. */
  pause: {
    run: async (run, round) => {
      const page = await open(run, `/detect/spa.html?run=${run.n}`, 'commit');
      await closing(page, async () => {
        round.started();
        await round.changed;
        await page.waitForLoadState('load');
        const tabId = await tabIdOf(run.extension, page.url());
        // Painted before the pause arrived, a page is unpainted live; then it stays so, as long as an unpaused page
        // takes to be painted at this load.
        await until(
          'app-i ranges while paused',
          () => ranges(page, 'app-i'),
          (size) => size === 0,
        );
        for (let check = 0; check < 8; check++) {
          await page.waitForTimeout(500);
          const painted = await ranges(page, 'app-i');
          if (painted) throw new Error(`painted ${painted} range(s) again while paused`);
        }
        await until(
          'badge while paused',
          () => badge(run.extension, tabId),
          (text) => text === '',
        );
      });
    },
  },
  /** detect.test.ts: colours changed while the pages load are the colours they paint in. */
  colours: {
    run: async (run, round) => {
      const page = await open(run, `/detect/spa.html?run=${run.n}`, 'commit');
      await closing(page, async () => {
        round.started();
        await round.changed;
        await until(
          'app-i ranges',
          () => ranges(page, 'app-i'),
          (size) => size === 1,
        );
        const colour = () =>
          page.evaluate(
            () => getComputedStyle(document.querySelector('p')!, '::highlight(spoor-app-i)').backgroundColor,
          );
        await until('app-i colour', colour, (seen) => seen === round.value);
      });
    },
  },
};

/** The change a settings scenario makes once per round, and the value its tabs then expect. */
const roundChanges: Record<string, (round: number) => { change: Record<string, unknown>; expect: string }> = {
  pause: () => ({ change: { pausedSites: ['127.0.0.1'] }, expect: '' }),
  colours: (round) => {
    const green = 40 + (round % 200);
    return {
      change: { colors: { 'app-i': `#00${green.toString(16).padStart(2, '0')}00` } },
      expect: `rgb(0, ${green}, 0)`,
    };
  },
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(scenarios);
const server = await startServer(['tests/e2e/pages']);
const extension = await launchWithExtension();
let n = 0;
try {
  await setSettings(extension, {});
  console.log(`| scenario | runs | ok | failures |\n|---|---|---|---|`);
  for (const name of chosen) {
    const scenario = scenarios[name];
    if (!scenario) throw new Error(`no scenario "${name}": ${Object.keys(scenarios).join(', ')}`);
    const failures = new Map<string, number>();
    let ok = 0;
    let runs = 0;
    for (let round = 0; runs < RUNS; round++) {
      const tabs = Math.min(TABS, RUNS - runs);
      const { change, expect } = roundChanges[name]?.(round) ?? { change: undefined, expect: '' };
      let starting = tabs;
      let allStarted!: () => void;
      const started = new Promise<void>((resume) => (allStarted = resume));
      const changed = started.then(() => (change ? setSettings(extension, change) : undefined));
      const shared: Round = { started: () => --starting || allStarted(), changed, value: expect };
      const outcomes = await Promise.allSettled(
        Array.from({ length: tabs }, () => scenario.run({ extension, url: server.url, n: n++ }, shared)),
      );
      if (change) await setSettings(extension, {});
      runs += tabs;
      console.error(`${name}: ${runs} runs, ${ok + outcomes.filter(({ status }) => status === 'fulfilled').length} ok`);
      for (const outcome of outcomes) {
        if (outcome.status === 'fulfilled') ok++;
        else {
          const reason = String((outcome.reason as Error).message ?? outcome.reason).split('\n')[0]!;
          failures.set(reason, (failures.get(reason) ?? 0) + 1);
          console.error(`${name} run ${runs}: ${reason}`);
        }
      }
    }
    const listed = [...failures].map(([reason, count]) => `${count} × ${reason}`).join('; ') || '—';
    console.log(`| ${name} | ${runs} | ${ok} | ${listed} |`);
  }
} finally {
  await extension.close();
  await server.close();
}
