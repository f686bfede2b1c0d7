/**
 * The content script's evaluation (compile and top-level run, from a DevTools trace: page-side.ts's
 * measureScriptEvaluation) in a tiny page's frame, for this build and BENCH_OTHER_BUILD=<folder holding chrome-mv3>
 * (several, comma-separated, take their turns too) loaded in turn (alternated-builds.ts), so a busy machine weighs on
 * all alike. BENCH_PAGE_RUNS rounds (default 9). The CPU time is split into the compile (the trace's `v8.compile`:
 * parsing the whole script, bytecode for its top level) and the top-level run (the rest: the module-level code and
 * `main` up to its first await, with the lazy compiles of the functions they call), and beside it the evaluation of
 * page-detect.js, which the detector has injected while its dictionary loads (a task of its own). Then what an
 * embedded frame without words costs in all (bench/frame-evaluation.ts) on a tiny page with an ad frame and a pixel
 * on another site (BENCH_FRAMES_PAGE=ad-frames for the same site): the first of them in its renderer process, and the
 * other.
 *
 *   BENCH_OTHER_BUILD=/work/base-build node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/evaluation-alternated.ts
 */
import { measureAlternated } from './alternated-builds.ts';
import { median } from './page-measures.ts';
import { measureScriptEvaluation } from './page-side.ts';
import { embeddedFrameCost } from './frame-evaluation.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 9);
const builds = await measureAlternated('/generated/tiny.html', RUNS, (extension, url) =>
  measureScriptEvaluation(extension.context, url, 1),
);
const list = (values: number[]) => values.map((ms) => ms.toFixed(2)).join(' ');
console.log(
  `median of ${RUNS} rounds, alternated | script evaluation wall ms | CPU ms | compile CPU ms | run CPU ms | ` +
    'page-detect.js CPU ms (injected while the dictionary loads)',
);
for (const { name, results } of builds) {
  const wall = results.map((result) => result.wallMs);
  const cpu = results.map((result) => result.cpuMs);
  const compile = results.map((result) => result.compileCpuMs);
  const run = results.map((result) => result.cpuMs - result.compileCpuMs);
  const pageDetect = results.map((result) => result.pageDetectCpuMs);
  console.log(
    `${name} | ${median(wall).toFixed(2)} | ${median(cpu).toFixed(2)} | ${median(compile).toFixed(2)} | ` +
      `${median(run).toFixed(2)} | ${median(pageDetect).toFixed(2)}`,
  );
  console.log(
    `  wall: ${list(wall)}; CPU: ${list(cpu)}; compile: ${list(compile)}; run: ${list(run)}; ` +
      `page-detect.js: ${list(pageDetect)}`,
  );
}

const FRAMES_PAGE = `/generated/${process.env.BENCH_FRAMES_PAGE ?? 'ad-frames-cross'}.html`;
const frames = await measureAlternated(FRAMES_PAGE, RUNS, (extension, url) =>
  embeddedFrameCost(extension.context, url),
);
console.log(
  `${FRAMES_PAGE}, median of ${RUNS} rounds, alternated | Spoor's CPU ms in an embedded frame without words: ` +
    'the first in its process | the other | scripts evaluated there',
);
for (const { name, results: all } of frames) {
  const results = all.filter((result) => result.framesCpuMs.length > 0);
  if (results.length < all.length)
    console.log(`  ${name}: ${all.length - results.length} loads without the frames' scripts, left out`);
  const first = results.map((result) => result.framesCpuMs[0] ?? 0);
  const other = results.map((result) => result.framesCpuMs[1] ?? 0);
  console.log(`${name} | ${median(first).toFixed(2)} | ${median(other).toFixed(2)} | ${results[0]?.scripts ?? ''}`);
  console.log(`  first: ${list(first)}; other: ${list(other)}`);
}
