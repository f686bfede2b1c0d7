/**
 * What 1,000 more names cost every tab, node-side: the bundled list alone, then with BENCH_GROWTH (1,000) made-up
 * binomials of the bundled genera (a species of a genus already listed: its first word's key is shared) and with as
 * many made-up genera (one word each, like recall34's covered genera). For each: the characters a tab reads before
 * its first pass (the pack's `index` stream), the second stage's `lists` stream and the `texts` parts, and the CPU of
 * a tab's dictionary load (loadPackedIndex, its yields left out; median of BENCH_RUNS after a cold one). The made-up
 * words are pseudo-Latin letter runs, so they share fewer leading letters than real names do: an upper bound on the
 * keys. The 353 real genera recall34 added cost more (c97acc18 → 09b4f169: +43,274 index characters).
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/pack-growth.ts
 */
import { bundledDictionaryInput } from '@/lib/dictionary/bundled/index';
import type { TaxonInput } from '@/lib/dictionary/bundled/types';
import { DictionarySchema, type DictionaryInput } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { loadPackedIndex } from '@/lib/matching/pack/load';
import { packDictionary } from '@/lib/matching/pack/pack';
import { median } from './page-measures.ts';

const GROWTH = Number(process.env.BENCH_GROWTH ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const CONSONANTS = 'bcdfglmnprstv';
const VOWELS = 'aeiou';
const ENDINGS = ['us', 'a', 'um', 'is', 'ata', 'ensis', 'ii', 'oides'];

/** The n-th made-up Latin-looking word: three consonant-vowel syllables and an ending, distinct for each n. */
function madeUpWord(n: number): string {
  let word = '';
  let rest = n;
  for (let syllable = 0; syllable < 3; syllable++) {
    word += CONSONANTS[rest % CONSONANTS.length]! + VOWELS[Math.floor(rest / CONSONANTS.length) % VOWELS.length]!;
    rest = Math.floor(rest / (CONSONANTS.length * VOWELS.length));
  }
  return `${word}${ENDINGS[n % ENDINGS.length]}`;
}

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

function madeUpTaxon(template: TaxonInput, scientificName: string, rank: 'genus' | 'species'): TaxonInput {
  const { higher, group, cites, euAnnex } = template;
  const id = scientificName.toLowerCase().replace(' ', '-');
  return { id, scientificName, rank, higher, group, cites, euAnnex };
}

const speciesTemplates = bundledDictionaryInput.taxa.filter((taxon) => taxon.rank === 'species');

function withMadeUp(kind: 'binomials' | 'genera'): DictionaryInput {
  const added = Array.from({ length: GROWTH }, (_, n) => {
    const template = speciesTemplates[n % speciesTemplates.length]!;
    const genus = template.scientificName.split(' ')[0]!;
    return kind === 'binomials'
      ? madeUpTaxon(template, `${genus} ${madeUpWord(n)}`, 'species')
      : madeUpTaxon(template, capitalised(madeUpWord(n + 7)), 'genus');
  });
  return { ...bundledDictionaryInput, taxa: [...bundledDictionaryInput.taxa, ...added] };
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Figures {
  index: number;
  lists: number;
  texts: number;
  loadMs: number;
}

async function figuresOf(input: DictionaryInput): Promise<Figures> {
  const pack = JSON.parse(JSON.stringify(packDictionary(compileDictionary(DictionarySchema.parse(input)))));
  const chars = { index: 0, lists: 0, texts: 0 } as Record<string, number>;
  pack.head.parts.forEach(({ column }: { column: string }, i: number) => {
    if (column in chars) chars[column]! += (pack.parts[i] as string).length;
  });
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = cpuMs();
    await loadPackedIndex(pack.head, async (i) => pack.parts[i], { yieldNow: async () => {} });
    if (run > 0) times.push(cpuMs() - start);
  }
  return { index: chars.index!, lists: chars.lists!, texts: chars.texts!, loadMs: median(times) };
}

const base = await figuresOf(bundledDictionaryInput);
const show = (n: number) => n.toLocaleString('en');
console.log(`per ${show(GROWTH)} names added to the bundled list | index chars | lists | texts | tab load, ms CPU`);
console.log(
  `bundled as it is | ${show(base.index)} | ${show(base.lists)} | ${show(base.texts)} | ${base.loadMs.toFixed(1)}`,
);
for (const kind of ['binomials', 'genera'] as const) {
  const grown = await figuresOf(withMadeUp(kind));
  const step = (key: keyof Figures) => grown[key] - base[key];
  console.log(
    `+ ${kind} | +${show(step('index'))} | +${show(step('lists'))} | +${show(step('texts'))} | ` +
      `${step('loadMs') >= 0 ? '+' : ''}${step('loadMs').toFixed(1)}`,
  );
}
