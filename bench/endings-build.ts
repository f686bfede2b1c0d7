/**
 * The CPU of walk.ts's Endings as every frame builds it when its dictionary loads (issue 14), over the bundled pack's
 * paradigms as storage hands them over (fresh values, parsed again for each build), against the way stop 51 built it
 * (the head's 9,515 endings as arrays, grouped by their last character in every frame). Tab pack format 10 stores
 * them as 163 strings, a paradigm's or a last character's endings each, grouped by the background
 * (packed-paradigms.ts). Two figures per way: the build alone, and
 * the JSON.parse of the head's paradigms with it (a stand-in for storage turning the reply into values, which is also
 * per value). Medians of BENCH_RUNS rounds (9) of 40 builds each, the two ways taking turns first; in ms of the
 * process's CPU per build.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/endings-build.ts
 */
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { packParadigms } from '@/lib/matching/packed-paradigms';
import { Endings } from '@/lib/matching/walk';
import { median } from './page-measures.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const BUILDS = 40;

/** Stop 51's constructor: the distinct endings grouped by last character in every frame, sets on first use. */
function stop51Endings(paradigms: readonly string[][]): unknown {
  const byLastChar = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const endings of paradigms)
    for (const ending of endings) {
      if (!ending || seen.size === seen.add(ending).size) continue;
      const last = ending[ending.length - 1]!;
      const list = byLastChar.get(last) ?? [];
      byLastChar.set(last, list);
      list.push(ending);
    }
  return [paradigms, byLastChar];
}

const paradigms = compileDictionary(loadBundledDictionary()).paradigms;
const ways = {
  'stop 51 (arrays)': { json: JSON.stringify(paradigms), build: (p: string[][]) => stop51Endings(p) },
  'format 10 (163 strings)': { json: JSON.stringify(packParadigms(paradigms)), build: (p) => new Endings(p) },
} satisfies Record<string, { json: string; build: (value: never) => unknown }>;
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const figures = new Map<string, { build: number[]; parsed: number[] }>(
  Object.keys(ways).map((name) => [name, { build: [], parsed: [] }]),
);
for (let round = 0; round < RUNS; round++) {
  const order = Object.entries(ways);
  if (round % 2 === 1) order.reverse();
  for (const [name, { json, build }] of order) {
    const parseStart = cpuMs();
    const inputs = Array.from({ length: BUILDS }, () => JSON.parse(json) as never);
    const start = cpuMs();
    for (const value of inputs) build(value);
    const end = cpuMs();
    figures.get(name)!.build.push((end - start) / BUILDS);
    figures.get(name)!.parsed.push((end - parseStart) / BUILDS);
  }
}
const ms = (values: number[]) => `${median(values).toFixed(2)} ms (${values.map((v) => v.toFixed(2)).join(' ')})`;
for (const [name, { build, parsed }] of figures)
  console.log(`${name}: build ${ms(build)}; parse + build ${ms(parsed)}`);
