/**
 * `npm run eval -- <labelled.json|dir>... [--half tuning|held-out] [--checklist] [--no-lang]`: the built
 * extension in Debian's Chromium over labelled sets (the format of ../shared/data/real/wildlife-trade-posts-en.json;
 * a directory stands for its .json files, e.g. bench/sets), one page per text on 127.0.0.1. Prints recall (the
 * marked span highlighted), the quiet share of texts labelled none, highlights per 10k words, the same per kind
 * (listing, ordinary, trap, decoy) and per language, and every miss and false highlight. `--half` keeps one half
 * of the fixed split (tests/labelled-posts.ts); `--checklist` imports the full 2017 CITES checklist first;
 * `--no-lang` serves the pages without a `lang` attribute, as many real pages are.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { halfOf, readLabelledFiles, type Half, type LabelledPost } from '../tests/labelled-posts.ts';
import { importFullChecklist } from './checklist.ts';
import { falseHighlightLines, missLines, summaryLines, type EvaluatedPost } from './eval-summary.ts';
import { loadWithSpoor, setSettings } from './page-measures.ts';

const USAGE = 'usage: npm run eval -- <labelled.json|dir>... [--half tuning|held-out] [--checklist] [--no-lang]';
const args = process.argv.slice(2);
const half = args.includes('--half') ? (args[args.indexOf('--half') + 1] as Half) : undefined;
const withChecklist = args.includes('--checklist');
const withoutLang = args.includes('--no-lang');
const paths = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--half');
const knownFlags = new Set(['--half', '--checklist', '--no-lang']);
if (
  paths.length === 0 ||
  args.some((arg) => arg.startsWith('--') && !knownFlags.has(arg)) ||
  (half !== undefined && half !== 'tuning' && half !== 'held-out')
) {
  console.error(USAGE);
  process.exit(2);
}
process.env.CHROMIUM_PATH ??= execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();

const posts = readLabelledFiles(paths).filter((post) => half === undefined || halfOf(post.id) === half);
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
const pageOf = (post: LabelledPost) =>
  `<!doctype html><html${withoutLang ? '' : ` lang="${escapeHtml(post.lang)}"`}><head><meta charset="utf-8">` +
  `<title>${escapeHtml(post.id)}</title></head>` +
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

/**
 * The highlighted spans once the page's highlight registry has caught up with the pass: the painter registers the
 * ranges of blocks near the view when its IntersectionObserver reports them, a rendering update or more after
 * "spoor:pass" when the tab is busy (with the full checklist, its texts arriving). Read after two frames, then again
 * until two reads agree (at most ~3 s).
 */
async function settledSpans(page: Page): Promise<[number, number][]> {
  const afterFrames = async () => {
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForTimeout(100);
    return highlightedSpans(page);
  };
  let spans = await afterFrames();
  for (let read = 0; read < 20; read++) {
    const again = await afterFrames();
    if (JSON.stringify(again) === JSON.stringify(spans)) break;
    spans = again;
  }
  return spans;
}

try {
  // Spoor publishes "spoor:pass" when a page's first full pass is done: the page is read after it.
  await setSettings(extension, { performanceMarks: true, paused: false });
  if (withChecklist) await importFullChecklist(extension);
  const page = await extension.context.newPage();
  const results: EvaluatedPost[] = [];
  for (const [index, post] of posts.entries()) {
    await loadWithSpoor(page, server.url(`/post/${index}`));
    results.push({ post, spans: await settledSpans(page) });
  }
  const options = [half && `${half} half`, withChecklist && 'full checklist', withoutLang && 'no lang attribute'];
  console.log(`${paths.join(' ')}${options.some(Boolean) ? ` (${options.filter(Boolean).join(', ')})` : ''}`);
  console.log(summaryLines(results).join('\n'));
  const misses = missLines(results);
  const falseHighlights = falseHighlightLines(results);
  console.log(`\nmisses (${misses.length}):\n${misses.join('\n')}`);
  console.log(`\nfalse highlights (${falseHighlights.length}):\n${falseHighlights.join('\n')}`);
} finally {
  await extension.close();
  await server.close();
}
