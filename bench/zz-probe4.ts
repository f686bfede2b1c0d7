import { launchWithExtension, extensionDir } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { setSettings, median } from './page-measures.ts';
import { generatedPages } from './page-side.ts';
const server = await startServer(['../shared/data/pages'], [generatedPages]);
const extension = await launchWithExtension();
console.log(extensionDir);
await setSettings(extension, { researcherId: 'bench', survey: 'benchmark', performanceMarks: true });
for (const path of (process.env.PAGES ?? '/avito-ru-search.html,/ebay-com-item.html').split(',')) {
  const rows: Record<string, number[]> = {};
  for (let run = -1; run < Number(process.env.RUNS ?? 5); run++) {
    const page = await extension.context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 120_000 }).catch(() => undefined);
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, null, { timeout: 60_000 });
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const out: Record<string, number> = { dcl: nav.domContentLoadedEventStart, load: nav.loadEventStart };
      for (const e of performance.getEntriesByType('measure'))
        if (e.name.startsWith('spoor') && !(e.name + ' end' in out)) { out[e.name + ' start'] = e.startTime; out[e.name + ' end'] = e.startTime + e.duration; }
      return out;
    });
    if (run >= 0) for (const [k, v] of Object.entries(m)) (rows[k] ??= []).push(v);
    await page.close();
  }
  console.log(path);
  for (const [k, v] of Object.entries(rows).sort((a, b) => median(a[1]) - median(b[1]))) console.log(median(v).toFixed(1).padStart(8), k, v.map((x) => x.toFixed(0)).join(' '));
}
await extension.close(); await server.close();
