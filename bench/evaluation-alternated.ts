/**
 * The content script's evaluation (compile and top-level run, from a DevTools trace: page-side.ts's
 * measureScriptEvaluation) in a tiny page's frame, for this build and BENCH_OTHER_BUILD=<folder holding chrome-mv3>
 * loaded in turn (alternated-builds.ts), so a busy machine weighs on both alike. BENCH_PAGE_RUNS rounds (default 9).
 *
 *   BENCH_OTHER_BUILD=/work/base-build node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/evaluation-alternated.ts
 */
import { measureAlternated } from './alternated-builds.ts';
import { median } from './page-measures.ts';
import { measureScriptEvaluation } from './page-side.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 9);
const builds = await measureAlternated('/generated/tiny.html', RUNS, (extension, url) =>
  measureScriptEvaluation(extension.context, url, 1),
);
console.log(`median of ${RUNS} rounds, alternated | script evaluation wall ms | CPU ms`);
for (const { name, results } of builds) {
  const wall = results.map((result) => result.wallMs);
  const cpu = results.map((result) => result.cpuMs);
  console.log(`${name} | ${median(wall).toFixed(2)} | ${median(cpu).toFixed(2)}`);
  console.log(`  wall: ${wall.map((ms) => ms.toFixed(2)).join(' ')}; CPU: ${cpu.map((ms) => ms.toFixed(2)).join(' ')}`);
}
