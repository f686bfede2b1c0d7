/**
 * `npm run bench`: Spoor in real Chromium with the built extension, on the real
 * pages in ../shared/data/pages and a generated 2,000-listing page, with the
 * bundled dictionary and with the full 2017 CITES checklist imported. Every
 * figure is printed next to a baseline measured in the same run.
 * Run with Node 24 through npm (see package.json); needs Debian's chromium.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, type LoadedExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { listingCard } from './listing-page.ts';
import { generatedPages, measurePageSide, pageSideReport, readBaseline, savePageSide } from './page-side.ts';
import { dictionaryKeywords } from './keywords.ts';
import { importFullChecklist } from './checklist.ts';
import { measureFlagging } from './flagging.ts';
import { measureHostilePages } from './hostile.ts';
import {
  appendListings,
  appendListingsRendered,
  loadWithSpoor,
  markJs,
  median,
  rawTextScan,
  setSettings,
  type SpoorLoad,
} from './page-measures.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** mark.js walks the page once per keyword: beyond this many it runs for minutes. */
const MARKJS_KEYWORDS = Number(process.env.BENCH_MARKJS_KEYWORDS ?? 100);
const CHECKLIST = 'cites/checklist-index-of-cites-species-2017-04-21.csv.gz';

// BENCH_PAGES / BENCH_DICTIONARIES / BENCH_HOSTILE (comma-separated substrings) and BENCH_SKIP_FLAGGING /
// BENCH_SKIP_HOSTILE / BENCH_SKIP_PAGE_SIDE / BENCH_SKIP_RESPONSIVENESS / BENCH_SKIP_DETECT narrow a run while
// tuning (BENCH_PAGES=none leaves only the badge, popup, append and pass figures of the page side).
const only = (env: string | undefined, name: string) => !env || env.split(',').some((part) => name.includes(part));

const pages = [
  { name: 'avito-ru-search (2.8 MB)', path: '/avito-ru-search.html' },
  { name: 'ebay-com-item (535 KB)', path: '/ebay-com-item.html' },
  { name: 'marktplaats-nl-listing', path: '/marktplaats-nl-listing-fragment.html' },
  { name: 'generated 2,000 listings', path: '/generated/listings-2000.html' },
];

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3));
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`;

interface PageFigures {
  raw: number;
  chars: number;
  spoor: SpoorLoad[];
  markJs?: number;
  append?: number;
  /** The same append with Spoor paused, to the second frame: the page's own cost. */
  appendBaseline?: number;
}

async function measurePage(extension: LoadedExtension, url: string, keywords: string[]): Promise<PageFigures> {
  const spoor: SpoorLoad[] = [];
  const raws: number[] = [];
  let chars = 0;
  for (let run = 0; run < RUNS; run++) {
    const page = await extension.context.newPage();
    spoor.push(await loadWithSpoor(page, url));
    const raw = await rawTextScan(page);
    raws.push(raw.ms);
    chars = raw.chars;
    await page.close();
  }
  const figures: PageFigures = { raw: median(raws), chars, spoor };
  if (url.includes('/generated/')) {
    const page = await extension.context.newPage();
    await loadWithSpoor(page, url);
    const cards = Array.from({ length: 500 }, (_, i) => listingCard(2000 + i)).join('\n');
    figures.append = await appendListings(page, cards);
    await page.close();
  }
  await setSettings(extension, { paused: true });
  if (url.includes('/generated/')) {
    const page = await extension.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const cards = Array.from({ length: 500 }, (_, i) => listingCard(2000 + i)).join('\n');
    figures.appendBaseline = await appendListingsRendered(page, cards);
    await page.close();
  }
  const page: Page = await extension.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  figures.markJs = await markJs(page, keywords.slice(0, MARKJS_KEYWORDS));
  await page.close();
  await setSettings(extension, { paused: false });
  return figures;
}

function report(dictionary: string, termCount: number, name: string, f: PageFigures): string[] {
  const pass = median(f.spoor.map((s) => s.passMs));
  const load = median(f.spoor.map((s) => s.dictionaryLoadMs));
  const longest = Math.max(...f.spoor.map((s) => s.longestTaskInPassMs));
  const markFull = f.markJs === undefined ? undefined : (f.markJs * termCount) / Math.min(MARKJS_KEYWORDS, termCount);
  return [
    `| ${dictionary} | ${name} | ${(f.chars / 1000).toFixed(0)}k | ${fmt(f.raw)} | ${fmt(pass)} (${ratio(pass, f.raw)}) | ` +
      `${f.markJs === undefined ? '–' : `${fmt(f.markJs)} → ~${fmt(markFull!)} (${ratio(markFull!, pass)})`} | ` +
      `${longest === 0 ? '< 50' : fmt(longest)} | ${f.append === undefined ? '–' : `${fmt(f.append)} (page alone: ${fmt(f.appendBaseline!)})`} | ${fmt(load)} |`,
  ];
}

async function main(): Promise<void> {
  const server = await startServer([sharedDataPath('pages')], [generatedPages]);
  // First, the page's side: every page load with and without Spoor (BENCH_BASELINE=<saved json> compares).
  if (!process.env.BENCH_SKIP_PAGE_SIDE) {
    const baseline = readBaseline(process.env.BENCH_BASELINE);
    const pageSide = await measurePageSide(server.origin, importFullChecklist, {
      dictionary: (name) => only(process.env.BENCH_DICTIONARIES, name),
      page: (name) => only(process.env.BENCH_PAGES, name),
      responsiveness: !process.env.BENCH_SKIP_RESPONSIVENESS,
    });
    console.log(`\n${pageSideReport(pageSide, baseline)}\n\nSaved: ${savePageSide(pageSide)}\n`);
  }
  if (process.env.BENCH_SKIP_DETECT) return void (await server.close());
  const rows: string[] = [];
  const extension = await launchWithExtension();
  try {
    // The saved pages link to their sites' CDNs: refuse anything but the local server (localhost: a cross-origin
    // frame), at once.
    await extension.context.route(
      (url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
      (route) => route.abort(),
    );
    await setSettings(extension, { performanceMarks: true, paused: false });
    // Before the checklist import: the hostile pages are measured with the bundled dictionary.
    const hostile = process.env.BENCH_SKIP_HOSTILE
      ? []
      : await measureHostilePages(extension, RUNS, process.env.BENCH_HOSTILE);
    for (const dictionary of ['bundled', 'checklist-2017'] as const) {
      if (!only(process.env.BENCH_DICTIONARIES, dictionary)) continue;
      if (dictionary === 'checklist-2017') await importFullChecklist(extension);
      const keywords = await dictionaryKeywords(dictionary, sharedDataPath(CHECKLIST));
      for (const { name, path } of pages) {
        if (!only(process.env.BENCH_PAGES, name)) continue;
        const figures = await measurePage(extension, server.url(path), keywords);
        rows.push(...report(`${dictionary} (${keywords.length} terms)`, keywords.length, name, figures));
        console.error(`measured ${dictionary} / ${name}`);
      }
    }
    const flagging = process.env.BENCH_SKIP_FLAGGING
      ? {}
      : await measureFlagging(extension, server.url('/generated/listings-2000.html'));
    console.log(
      `\nChromium ${extension.context.browser()?.version() ?? ''}, ${RUNS} runs per figure (median; longest task: max).\n`,
    );
    console.log(
      '| dictionary | page | text chars | (a) raw TreeWalker scan ms | (b) Spoor full pass ms (vs a) | ' +
        `(c) mark.js ms, ${MARKJS_KEYWORDS} terms → all terms (vs b) | (d) longest task in pass ms | (e) 500 appended highlighted ms | (f) dictionary load ms |`,
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
    console.log('\n| flagging | ms |\n|---|---|');
    for (const [label, ms] of Object.entries(flagging)) console.log(`| ${label} | ${fmt(ms)} |`);
    if (hostile.length > 0) console.log(`\nHostile and heavy pages, bundled dictionary:\n\n${hostile.join('\n')}`);
  } finally {
    await extension.close();
    await server.close();
  }
}

await main();
