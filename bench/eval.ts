/**
 * `npm run eval -- <labelled.json> [--half tuning|held-out] [--checklist]`: the built extension in Debian's
 * Chromium over a labelled set (the format of ../shared/data/real/wildlife-trade-posts-en.json), one page per
 * text on 127.0.0.1. Prints recall (the marked span highlighted), decoys highlighted, highlights per 10k words,
 * and every miss and false highlight. `--half` keeps one half of the fixed split (tests/labelled-posts.ts);
 * `--checklist` imports the full 2017 CITES checklist first.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { halfOf, readLabelledPosts, type Half, type LabelledPost } from '../tests/labelled-posts.ts';
import { importFullChecklist } from './checklist.ts';
import { loadWithSpoor, setSettings } from './page-measures.ts';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--half');
const half = args.includes('--half') ? (args[args.indexOf('--half') + 1] as Half) : undefined;
if (!file || (half !== undefined && half !== 'tuning' && half !== 'held-out')) {
  console.error('usage: npm run eval -- <labelled.json> [--half tuning|held-out] [--checklist]');
  process.exit(2);
}
process.env.CHROMIUM_PATH ??= execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();

const posts = readLabelledPosts(file).filter((post) => half === undefined || halfOf(post.id) === half);
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
const pageOf = (post: LabelledPost) =>
  `<!doctype html><html lang="${escapeHtml(post.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(post.id)}</title></head>` +
  `<body><div id="text" style="white-space: pre-wrap">${escapeHtml(post.text)}</div></body></html>`;

const server = await startServer(
  [],
  [
    (req, res) => {
      const index = Number(/^\/post\/(\d+)$/.exec(req.url ?? '')?.[1] ?? NaN);
      if (!Number.isInteger(index) || !posts[index]) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageOf(posts[index]));
      return true;
    },
  ],
);
const extension = await launchWithExtension();

/** Every highlighted range of the page as [start, end] offsets into the text. */
function highlightedSpans(page: Page): Promise<[number, number][]> {
  return page.evaluate(() => {
    const root = document.getElementById('text')!;
    const offsetOf = (node: Node, offset: number) => {
      const before = document.createRange();
      before.setStart(root, 0);
      before.setEnd(node, offset);
      return before.toString().length;
    };
    const spans: [number, number][] = [];
    for (const name of ['spoor-app-i', 'spoor-app-ii', 'spoor-app-iii', 'spoor-trade']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
        spans.push([offsetOf(range.startContainer, range.startOffset), offsetOf(range.endContainer, range.endOffset)]);
      }
    }
    return spans.sort((a, b) => a[0] - b[0]);
  });
}

try {
  // Spoor publishes "spoor:pass" when a page's first full pass is done: the page is read after it.
  await setSettings(extension, { performanceMarks: true, paused: false });
  if (args.includes('--checklist')) await importFullChecklist(extension);
  const page = await extension.context.newPage();
  let found = 0;
  let species = 0;
  let decoysHit = 0;
  let decoys = 0;
  let highlights = 0;
  let words = 0;
  const misses: string[] = [];
  const falseHighlights: string[] = [];
  for (const [index, post] of posts.entries()) {
    await loadWithSpoor(page, server.url(`/post/${index}`));
    const spans = await highlightedSpans(page);
    const shown = spans.map(([start, end]) => post.text.slice(start, end)).join(' | ');
    highlights += spans.length;
    words += post.text.split(/\s+/).filter(Boolean).length;
    if (post.label === 'species') {
      species++;
      const start = post.mark === undefined ? -1 : post.text.indexOf(post.mark);
      const end = start + (post.mark?.length ?? 0);
      const hit = start < 0 ? spans.length > 0 : spans.some(([from, to]) => from < end && to > start);
      if (hit) found++;
      else misses.push(`${post.id}: "${post.mark ?? ''}" not highlighted${shown ? ` (highlighted: ${shown})` : ''}`);
    } else {
      decoys++;
      if (spans.length > 0) {
        decoysHit++;
        falseHighlights.push(`${post.id}: ${shown}`);
      }
    }
  }
  const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);
  console.log(`${file}${half ? ` (${half} half)` : ''}${args.includes('--checklist') ? ', full checklist' : ''}`);
  console.log(`recall: ${found}/${species} (${percent(found, species)})`);
  console.log(`decoys highlighted: ${decoysHit}/${decoys} (quiet ${percent(decoys - decoysHit, decoys)})`);
  console.log(`highlights per 10k words: ${((10_000 * highlights) / Math.max(1, words)).toFixed(1)}`);
  console.log(`\nmisses (${misses.length}):\n${misses.join('\n')}`);
  console.log(`\nfalse highlights (${falseHighlights.length}):\n${falseHighlights.join('\n')}`);
} finally {
  await extension.close();
  await server.close();
}
