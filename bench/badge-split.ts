/**
 * Where the ad page's badge time goes, per build: the dictionary load (`spoor:dictionary-load`), the first pass up to
 * its report (`spoor:pass`, which ends once the second stage has arrived and the waiting text is scanned again) and
 * the badge, each in ms after the page's load event (negative: before it). Alternates with BENCH_OTHER_BUILD like the
 * trace scripts (alternated-builds.ts); BENCH_DICTIONARIES=checklist imports the full checklist into each build first.
 * Prints each build's medians over BENCH_PAGE_RUNS loads (9) and the stored tab pack's characters per column.
 *
 *   BENCH_DICTIONARIES=checklist BENCH_OTHER_BUILD=/tmp/x-main-out node … bench/badge-split.ts
 */
import type { LoadedExtension } from '../tests/e2e/support/extension.ts';
import { measureAlternated } from './alternated-builds.ts';
import { median } from './page-measures.ts';
import { badgeAfterLoad } from './responsiveness.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 9);

interface Split {
  loadStart: number;
  loadEnd: number;
  passStart: number;
  passEnd: number;
  badge: number;
  /** The stored pack's characters per column (the first run's only). */
  columns?: Record<string, number>;
}

async function storedColumns(extension: LoadedExtension): Promise<Record<string, number>> {
  return extension.serviceWorker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const meta = all['dict:meta'] as { generation: string };
    const prefix = `dict:${meta.generation}:compiled:`;
    const head = all[`${prefix}0`] as { parts: { column: string }[] };
    const columns: Record<string, number> = { head: JSON.stringify(head).length };
    head.parts.forEach(({ column }, i) => {
      columns[column] = (columns[column] ?? 0) + (all[`${prefix}${i + 1}`] as string).length;
    });
    return columns;
  });
}

const measure = async (extension: LoadedExtension, url: string): Promise<Split> => {
  const ad = await badgeAfterLoad(extension, new URL(url).origin);
  const marks = await ad.page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const load = navigation.loadEventStart || navigation.domContentLoadedEventEnd;
    const entry = (name: string) => performance.getEntriesByName(name)[0];
    const of = (name: string) => {
      const found = entry(name);
      return found ? [found.startTime - load, found.startTime + found.duration - load] : [Number.NaN, Number.NaN];
    };
    return { load: of('spoor:dictionary-load'), pass: of('spoor:pass') };
  });
  await ad.page.close();
  return {
    loadStart: marks.load[0]!,
    loadEnd: marks.load[1]!,
    passStart: marks.pass[0]!,
    passEnd: marks.pass[1]!,
    badge: ad.ms,
    columns: await storedColumns(extension),
  };
};

const builds = await measureAlternated('/', RUNS, measure);
console.log(`medians of ${RUNS} loads, ms after the load event | dictionary load | first pass (to its report) | badge`);
for (const { name, results } of builds) {
  const m = (key: keyof Omit<Split, 'columns'>) => median(results.map((r) => r[key])).toFixed(0);
  console.log(`${name} | ${m('loadStart')}→${m('loadEnd')} | ${m('passStart')}→${m('passEnd')} | ${m('badge')}`);
  console.log(`  badges: ${results.map((r) => r.badge.toFixed(0)).join(' ')}`);
  console.log(`  stored characters: ${JSON.stringify(results[0]?.columns)}`);
}
