/**
 * The CPU of walk.ts's Endings as every frame builds it when its dictionary loads (issue 14), over the bundled pack's
 * paradigms as storage hands them over (fresh strings, not yet hashed: parsed again for each build), against the way
 * it was built up to stop 50 (every paradigm's set of endings at once). Medians of BENCH_RUNS rounds (9) of 40 builds
 * each, the two ways taking turns first; in ms of the process's CPU per build.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/endings-build.ts
 */
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { packDictionary } from '@/lib/matching/pack/pack';
import { Endings } from '@/lib/matching/walk';
import { median } from './page-measures.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const BUILDS = 40;

/** Stop 50's constructor: a set per paradigm, all made at once, and the endings made distinct through a flat copy. */
function eagerEndings(paradigms: readonly string[][]): unknown {
  const byParadigm = paradigms.map((endings) => new Set(endings));
  const byLastChar = new Map<string, string[]>();
  for (const ending of new Set(paradigms.flat())) {
    if (!ending) continue;
    const last = ending[ending.length - 1]!;
    const list = byLastChar.get(last) ?? [];
    byLastChar.set(last, list);
    list.push(ending);
  }
  return [byParadigm, byLastChar];
}

const paradigmsJson = JSON.stringify(packDictionary(compileDictionary(loadBundledDictionary())).head.paradigms);
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const ways = { 'all sets at once (stop 50)': eagerEndings, 'sets on first use': (p: string[][]) => new Endings(p) };
const figures = new Map<string, number[]>(Object.keys(ways).map((name) => [name, []]));
for (let round = 0; round < RUNS; round++) {
  const order = Object.entries(ways);
  if (round % 2 === 1) order.reverse();
  for (const [name, build] of order) {
    const inputs = Array.from({ length: BUILDS }, () => JSON.parse(paradigmsJson) as string[][]);
    const start = cpuMs();
    for (const paradigms of inputs) build(paradigms);
    figures.get(name)!.push((cpuMs() - start) / BUILDS);
  }
}
for (const [name, values] of figures)
  console.log(`${name}: median ${median(values).toFixed(2)} ms (${values.map((ms) => ms.toFixed(2)).join(' ')})`);
