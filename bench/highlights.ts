/**
 * What a build paints and counts on the bench pages, to check that a change to the scanner or matcher leaves the
 * highlights as they were: each page's highlights (category, text and where each range starts, as the index of
 * its text node in document order and the offset in it) and its badge, one line per highlight, after the first
 * pass. Run it for two builds and compare the outputs (they must be equal):
 *   SPOOR_OUT_DIR=<build> node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/highlights.ts > <file>
 * Pages: the real pages of ../shared/data/pages, with names planted in their text and titles before Spoor starts
 * (they name few listed species themselves), and the generated 2,000-listing page.
 * BENCH_DICTIONARIES=checklist imports the full 2017 checklist first (as bench/checklist.ts does for the page-side
 * bench), so the highlights are those of a researcher's checklist dictionary; the output's first line says which.
 */
import { readdirSync } from 'node:fs';
import { launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { importFullChecklist } from './checklist.ts';
import { setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';
import { LISTINGS_PAGE } from './responsiveness.ts';

/** Runs in the page: at DOMContentLoaded, before Spoor's content script, plants names in every 7th text node. */
function plantNames() {
  const names = [
    'Python regius',
    'Elfenbein',
    'слоновая кость',
    'Graupapagei',
    'Testudo hermanni',
    'Psittacus erithacus',
    'ivory carving',
  ];
  document.addEventListener('DOMContentLoaded', () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (/\S/.test((node as Text).data)) texts.push(node as Text);
    texts.forEach((text, i) => {
      if (i % 7 === 0) text.data += ` ${names[(i / 7) % names.length]} `;
    });
    document.querySelectorAll('body *').forEach((element, i) => {
      if (i % 29 === 0) element.setAttribute('title', `${names[(i / 29) % names.length]} for sale`);
    });
  });
}

const paths = [...readdirSync(sharedDataPath('pages')).map((file) => `/${file}`), LISTINGS_PAGE];
const server = await startServer([sharedDataPath('pages')], [generatedPages]);
const extension = await launchWithExtension();
try {
  await setSettings(extension, { researcherId: 'bench', survey: 'benchmark', performanceMarks: true });
  const checklist = process.env.BENCH_DICTIONARIES?.includes('checklist') ?? false;
  if (checklist) await importFullChecklist(extension);
  console.log(`# dictionary: ${checklist ? 'full 2017 checklist' : 'bundled'}`);
  for (const path of paths) {
    const page = await extension.context.newPage();
    if (!path.startsWith('/generated/')) await page.addInitScript(plantNames);
    await page.goto(server.origin + path, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('spoor:pass').length > 0, undefined, {
      timeout: 120_000,
    });
    const lines = await page.evaluate(() => {
      const textIndex = new Map<Node, number>();
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) textIndex.set(node, textIndex.size);
      const out: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        for (const range of highlight as Iterable<AbstractRange>) {
          const where = `${textIndex.get(range.startContainer) ?? '?'}:${range.startOffset}`;
          out.push(`${name} ${where} ${(range as Range).toString()}`);
        }
      }
      return out.sort();
    });
    const [tab] = await extension.serviceWorker.evaluate(
      async (url) => chrome.tabs.query({ url }),
      server.origin + path,
    );
    const badge = await extension.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tab!.id!);
    console.log(`# ${path}: ${lines.length} highlights, badge ${badge}`);
    for (const line of lines) console.log(line);
    await page.close();
  }
} finally {
  await extension.context.close();
  await server.close();
}
