/**
 * The flag's reading of a page's shown text (lib/flags/visible-text.ts) on the 1,000,000-node hostile page, this
 * tree's against main's, alternated in one Chromium page: the CPU time (CDP's ThreadTime, so a loaded machine
 * matters less than to wall-clock), the characters read and where the reading was cut. The flag injects the same code
 * at flag time (this tree's reads in slices: the CPU is the sum of its slices). Then this tree's reading of each real
 * page in ../shared/data/pages (its network refused) beside the bounds it must stay under: nodes a reading walks at
 * most (the body's elements and texts, then every element again for shadow roots) and texts it judges.
 *
 *   node … bench/flag-reading.ts   (npm run bench's node flags; BENCH_RUNS rounds, default 3)
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/support/extension.ts';
import { heavyPages } from '../tests/e2e/reliability/hostile/heavy-pages.ts';
import { serveHostilePages } from '../tests/e2e/reliability/hostile/page.ts';

const realPages = resolve(import.meta.dirname, '../../shared/data/pages');
const REAL_URL = 'http://real.test/page.html';

type Cdp = Awaited<ReturnType<ReturnType<import('playwright-core').Page['context']>['newCDPSession']>>;
const threadMsOf = async (cdp: Cdp) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')!.value * 1_000;

/** In the page: this tree's reading, and the counts its bounds are on (an upper bound: skipped subtrees count). */
async function readRealPage() {
  type Read = (doc: Document) => Promise<{ text: string; cut?: unknown }>;
  const { text, cut } = await (globalThis as unknown as { readHere: Read }).readHere(document);
  const count = (root: Node, show: number, keep: (node: Node) => boolean = () => true) => {
    const walker = document.createTreeWalker(root, show);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (keep(node)) n++;
    return n;
  };
  const bodyNodes = count(document.body, 5);
  const elements = count(document, 1);
  return {
    chars: text.length,
    cut,
    walkedAtMost: bodyNodes + elements,
    judgedAtMost: count(document.body, 4, (node) => /\S/.test((node as Text).data)),
  };
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = resolve(import.meta.dirname, '..');

/** visible-text.ts of a tree as a script that sets `globalThis.<name>` to its visibleText. */
async function bundled(source: string, name: string): Promise<string> {
  const entry = join(root, 'bench', `.flag-reading-${name}.ts`);
  writeFileSync(entry, `${source.replaceAll("from './", "from '@/lib/flags/")}\nglobalThis.${name} = visibleText;\n`);
  try {
    const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'es2022' });
    return out.outputFiles[0]!.text;
  } finally {
    execFileSync('rm', ['-f', entry]);
  }
}

const here = await bundled(
  execFileSync('cat', [join(root, 'lib/flags/visible-text.ts')], { encoding: 'utf8' }),
  'readHere',
);
const main = await bundled(
  execFileSync('git', ['show', 'main:lib/flags/visible-text.ts'], { cwd: root, encoding: 'utf8' }),
  'readMain',
);
const page = heavyPages.find((candidate) => candidate.title === '1,000,000 nodes')!;
const server = await serveHostilePages([page]);
const browser = await chromium.launch({ executablePath: chromiumPath });
try {
  const tab = await browser.newPage();
  await tab.goto(server.url(`/${page.name}.html`), { waitUntil: 'load', timeout: 600_000 });
  await tab.addScriptTag({ content: here });
  await tab.addScriptTag({ content: main });
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadMs = () => threadMsOf(cdp);
  for (let run = 0; run < RUNS; run++)
    for (const name of ['readHere', 'readMain']) {
      const before = await threadMs();
      const read = await tab.evaluate(async (fn) => {
        const start = performance.now();
        type Read = (doc: Document) => string | Promise<{ text: string; cut?: unknown }>;
        const answer = await (globalThis as unknown as Record<string, Read>)[fn]!(document);
        // Main's reading is the text alone; this tree's says where it was cut, if it was.
        const { text, cut } = typeof answer === 'string' ? { text: answer, cut: undefined } : answer;
        return { chars: text.length, lines: text.split('\n').length, cut, wallMs: performance.now() - start };
      }, name);
      console.log(name, run, { ...read, threadMs: Math.round((await threadMs()) - before) });
    }
  for (const file of readdirSync(realPages).filter((name) => name.endsWith('.html'))) {
    const real = await browser.newPage();
    await real.route('**/*', (route) =>
      route.request().url() === REAL_URL
        ? route.fulfill({ contentType: 'text/html', body: readFileSync(join(realPages, file)) })
        : route.abort(),
    );
    // domcontentloaded: a saved page whose refused requests keep its load event from ever firing (ebay's).
    await real.goto(REAL_URL, { waitUntil: 'domcontentloaded', timeout: 600_000 });
    await real.addScriptTag({ content: here });
    const realCdp = await real.context().newCDPSession(real);
    await realCdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await threadMsOf(realCdp);
    const read = await real.evaluate(readRealPage);
    console.log(file, { ...read, threadMs: Math.round((await threadMsOf(realCdp)) - before) });
    await real.close();
  }
} finally {
  await browser.close();
  await server.close();
}
