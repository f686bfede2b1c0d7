/**
 * The rendering check alone (lib/detect/unshown.ts), checkouts alternated in one browser: each checkout's `unshown`
 * is bundled (esbuild, `@` its own root) into an isolated world of the generated 2,000-listing page, as the content
 * script runs, and asked of match-like ranges (eight letters of each species listing's title and excerpt: 2,008, one
 * per block, as the page's matches are) in tasks of 60 (its per-task memos forgotten between). Per round and checkout
 * it prints the renderer's main-thread CPU (DevTools' `ThreadTime`) less that of the same loop asking nothing: CPU,
 * not clock, since the machine is shared. ROUNDS (9); the checkouts to compare are the arguments (this one by default).
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/rendering-check.ts . ../main
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { generatedPages, launchPlain } from './page-side.ts';
import { median } from './page-measures.ts';
import { startServer } from '../tests/e2e/support/server.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const roots = (process.argv.length > 2 ? process.argv.slice(2) : ['.']).map((root) => resolve(root));
const bundle = (root: string) =>
  execFileSync(
    resolve('node_modules/.bin/esbuild'),
    ['--bundle', '--format=iife', '--target=es2022', `--alias:@=${root}`, '--global-name=checkBundle'],
    { input: `export { unshown } from '${root}/lib/detect/unshown';`, encoding: 'utf8', cwd: root },
  );

/** Asks `check` (a global's name) of every range, 60 a task; resolves with how many were hidden. */
const pass = (check: string) => `(async () => {
  const check = ${check};
  const ranges = [...document.querySelectorAll('article.listing')]
    .filter((card) => Number(card.dataset.id) % 24 < 12)
    .flatMap((card) => [...card.querySelectorAll('h3, p')])
    .map((element) => { const range = document.createRange(); range.setStart(element.firstChild, 6); range.setEnd(element.firstChild, 14); return range; });
  let hidden = 0;
  for (let start = 0; start < ranges.length; start += 60) {
    await new Promise((next) => { const channel = new MessageChannel(); channel.port1.onmessage = next; channel.port2.postMessage(0); });
    for (const range of ranges.slice(start, start + 60)) if (check(range, [range.startContainer])) hidden++;
  }
  return hidden;
})()`;

const server = await startServer([], [generatedPages]);
const browser = await launchPlain();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/generated/listings-2000.html`);
  const cdp = await browser.context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'check' });
  const run = async (expression: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as number;
  };
  for (const [index, root] of roots.entries())
    await run(`${bundle(root)}; globalThis.check${index} = checkBundle.unshown;`);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadMs = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find(({ name }) => name === 'ThreadTime')!.value * 1000;
  const cpu = async (check: string) => {
    const before = await threadMs();
    const hidden = await run(pass(check));
    return { ms: (await threadMs()) - before, hidden };
  };
  const results = roots.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++)
    for (const index of roots.keys()) {
      const [asked, empty] = [await cpu(`check${index}`), await cpu('() => false')];
      results[index]!.push(asked.ms - empty.ms);
      if (round === 0) console.log(`${roots[index]}: ${asked.hidden} of the ranges hidden`);
    }
  for (const [index, root] of roots.entries())
    console.log(
      `${root}: the check's CPU ${results[index]!.map((ms) => ms.toFixed(1)).join(' ')} ms (median ${median(results[index]!).toFixed(1)})`,
    );
} finally {
  await browser.close();
  await server.close();
}
