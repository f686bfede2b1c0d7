/**
 * The "Hostile and heavy pages" section of `npm run bench`: the pages of
 * tests/e2e/reliability/hostile-pages.test.ts (generated in memory), each
 * loaded with Spoor and the bundled dictionary. Per page: its size, Spoor's
 * matches, the first full pass and the longest task in it (from
 * `loadWithSpoor`); for the pages that never stop changing, how many passes
 * Spoor ran per 100 changes and how long those took.
 */
import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { heavyPages } from '../tests/e2e/reliability/hostile/heavy-pages.ts';
import { framesPage, hostilePages } from '../tests/e2e/reliability/hostile/hostile-pages.ts';
import { bodySwapPage, mutatingPage } from '../tests/e2e/reliability/hostile/living-pages.ts';
import { serveHostilePages, type HostilePage } from '../tests/e2e/reliability/hostile/page.ts';
import { spoorPaint } from '../tests/e2e/reliability/hostile/spoor-paint.ts';
import { loadWithSpoor, median, type SpoorLoad } from './page-measures.ts';

const livingPages = [mutatingPage, bodySwapPage];
const allPages: readonly HostilePage[] = [...heavyPages, ...hostilePages, framesPage, ...livingPages];

interface PageSize {
  nodes: number;
  chars: number;
  matches: number;
}

/**
 * Nodes and text characters of the main frame (open shadow roots included), walked by hand: one page traps
 * `document.createTreeWalker`. Spoor's matches are its painter's, read in its own world: the page's highlights hold
 * only those near the view.
 */
async function pageSize(page: Page): Promise<PageSize> {
  const painted = Object.values((await spoorPaint(page))?.painted ?? {});
  const size = await page.evaluate(() => {
    let nodes = 0;
    let chars = 0;
    const pending: Node[] = [document];
    while (pending.length > 0) {
      const node = pending.pop()!;
      nodes++;
      if (node.nodeType === 3) chars += (node as Text).data.length;
      const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
      if (shadow) pending.push(shadow);
      for (let child = node.firstChild; child; child = child.nextSibling) pending.push(child);
    }
    return { nodes, chars };
  });
  return { ...size, matches: painted.reduce((sum, count) => sum + count, 0) };
}

/** The longest task (≥ 50 ms, seen by loadWithSpoor's observer) overlapping Spoor's first pass itself; 0 if none. */
function longestTaskInFirstPass(page: Page): Promise<number> {
  return page.evaluate(() => {
    const pass = performance.getEntriesByName('spoor:pass')[0]!;
    const end = pass.startTime + pass.duration;
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
    return Math.max(
      0,
      ...tasks.filter((t) => t.start < end && t.start + t.duration > pass.startTime).map((t) => t.duration),
    );
  });
}

/** Passes Spoor ran while a living page made 100 changes, and their median duration. */
async function passesPer100Changes(page: Page): Promise<{ passes: number; medianMs: number }> {
  return page.evaluate(
    () =>
      new Promise<{ passes: number; medianMs: number }>((resolve) => {
        const living = (window as unknown as { living: { changes: number } }).living;
        const startChanges = living.changes;
        const since = performance.now();
        const check = () => {
          if (living.changes < startChanges + 100) return void setTimeout(check, 50);
          const passes = performance.getEntriesByName('spoor:pass').filter((pass) => pass.startTime >= since);
          const times = passes.map((pass) => pass.duration).sort((a, b) => a - b);
          resolve({
            passes: (passes.length * 100) / (living.changes - startChanges),
            medianMs: times[Math.floor(times.length / 2)] ?? 0,
          });
        };
        check();
      }),
  );
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(2));
const thousands = (n: number) => Math.round(n).toLocaleString('en');

/**
 * Measures every hostile page (`filter`: comma-separated substrings of their names, as BENCH_HOSTILE) and
 * returns the Markdown table.
 * @example console.log((await measureHostilePages(extension, 3, process.env.BENCH_HOSTILE)).join('\n'));
 */
export async function measureHostilePages(
  extension: LoadedExtension,
  runs: number,
  filter?: string,
): Promise<string[]> {
  const server = await serveHostilePages(allPages);
  const rows = [
    '| page | nodes | text chars | matches | full pass ms | longest task in pass ms | longest task, dictionary load → pass end, ms | while changing: passes per 100 changes, median pass ms |',
    '|---|---|---|---|---|---|---|---|',
  ];
  try {
    for (const hostile of allPages) {
      if (filter && !filter.split(',').some((part) => hostile.name.includes(part))) continue;
      const loads: SpoorLoad[] = [];
      const inPass: number[] = [];
      let size: PageSize | undefined;
      let living: { passes: number; medianMs: number } | undefined;
      for (let run = 0; run < runs; run++) {
        const page = await extension.context.newPage();
        loads.push(await loadWithSpoor(page, server.url(`/${hostile.name}.html`)));
        inPass.push(await longestTaskInFirstPass(page));
        size = await pageSize(page);
        if (livingPages.includes(hostile)) living = await passesPer100Changes(page);
        await page.close();
      }
      const longest = (tasks: number[]) => (Math.max(...tasks) === 0 ? '< 50' : fmt(Math.max(...tasks)));
      rows.push(
        `| ${hostile.title} | ${thousands(size!.nodes)} | ${thousands(size!.chars)} | ${thousands(size!.matches)} | ` +
          `${fmt(median(loads.map((load) => load.passMs)))} | ${longest(inPass)} | ${longest(loads.map((load) => load.longestTaskInPassMs))} | ` +
          `${living ? `${living.passes.toFixed(0)}, ${fmt(living.medianMs)}` : '–'} |`,
      );
      console.error(`measured hostile / ${hostile.name}`);
    }
  } finally {
    await server.close();
  }
  return rows;
}
