/**
 * Would a badge counted with the bundled names first, before the rest of an imported checklist arrives, ever show
 * more taxa than the full dictionary's count that replaces it (issue 14's "first part" design; the badge must never
 * go down without the page changing)? Node-side, per text of the own sets (bench/sets) and the labelled real posts:
 * the distinct taxa the bundled list's matcher finds ("early") against the bundled list merged with the full 2017
 * checklist ("final"), and the same with a guard: an early match counts only when no word in it or beside it (the
 * word before and the word after on its line) could be a word of a name the checklist adds (its folded form, or a
 * prefix of 4 or more letters of it, for stems); and with a lighter one, against a longer added name that joins two
 * bundled matches into one: an early match counts only when no other early match lies within the added names' most
 * words of it on its line. Prints the counts and the texts whose early count is above the final.
 *
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/first-part-badge.ts
 */
import { openAsBlob, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { compileDictionary } from '@/lib/matching/compile';
import { foldWord } from '@/lib/matching/fold';
import { createMatcher, type Matcher } from '@/lib/matching/matcher';
import { CANCELS_ALL_TERMS, type CompiledPattern, type Match } from '@/lib/matching/types';
import { sharedDataPath } from '../tests/shared-data.ts';

const bundled = loadBundledDictionary();
const checklist = await importChecklistFile(
  await openAsBlob(sharedDataPath('cites/checklist-index-of-cites-species-2017-04-21.csv.gz')),
  { listingsAsOf: '2017-04-21' },
);
const earlyCompiled = compileDictionary(bundled);
const finalCompiled = compileDictionary(mergeWithBundled(bundled, checklist.dictionary));
const early = createMatcher(earlyCompiled);
const final = createMatcher(finalCompiled);

const patternKey = ([words, seps, , mode]: CompiledPattern) => JSON.stringify([words, seps, mode]);
const earlyPatterns = new Set(earlyCompiled.patterns.map(patternKey));
/** The words of the patterns only the full dictionary has. */
const addedWords = new Set(
  finalCompiled.patterns.filter((pattern) => !earlyPatterns.has(patternKey(pattern))).flatMap(([words]) => words),
);
/** A term as both compiles can name it. */
const termName = (compiled: typeof finalCompiled, term: number) => {
  const { text, lang, entry } = compiled.terms[term]!;
  return `${lang}:${text}:${compiled.entries[entry]!.label}`;
};
const bundledTerms = new Set(earlyCompiled.terms.map((_, term) => termName(earlyCompiled, term)));
const addedPatterns = finalCompiled.patterns.filter((pattern) => !earlyPatterns.has(patternKey(pattern)));
/** Exclusions only the full compile has that cancel a bundled name (or every name): what could take an early match. */
const cancellingBundled = addedPatterns.filter(([, , , , , cancels]) =>
  cancels.some((term) => term === CANCELS_ALL_TERMS || bundledTerms.has(termName(finalCompiled, term))),
);
/** The bundled names those exclusions cancel: the design's first part would have to list them. */
const cancelledEarly = new Set(
  cancellingBundled.flatMap(([, , , , , cancels]) => cancels.map((term) => termName(finalCompiled, term))),
);
const addsGlobalExclusion = cancellingBundled.some(([, , , , , cancels]) => cancels.includes(CANCELS_ALL_TERMS));
/** Bundled names gated as everyday words only in the full compile (or gated otherwise): a sense rule of the rest. */
const gates = (compiled: typeof finalCompiled) =>
  new Set(compiled.everyday.map(([term, langs, forms]) => `${termName(compiled, term)}:${langs}:${forms}`));
const earlyGates = gates(earlyCompiled);
const gatedOnlyInFull = [...gates(finalCompiled)].filter(
  (gate) => !earlyGates.has(gate) && bundledTerms.has(gate.split(':').slice(0, 3).join(':')),
);
const MIN_STEM = 4;
function mayBeAddedWord(word: string): boolean {
  const folded = foldWord(word);
  if (addedWords.has(folded)) return true;
  for (let end = MIN_STEM; end < folded.length; end++) if (addedWords.has(folded.slice(0, end))) return true;
  return false;
}

const taxaOf = (matcher: Matcher, match: Match) =>
  match.terms.flatMap((term) => matcher.entries[matcher.terms[term]!.entry]!.taxa);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** The most words of a name the checklist adds, less one: how far apart two matches it joins can be. */
const JOIN_SPAN =
  Math.max(
    ...finalCompiled.patterns
      .filter((pattern) => !earlyPatterns.has(patternKey(pattern)))
      .map(([words]) => words.length),
  ) - 1;

type Guard = 'unguarded' | 'guarded' | 'apart';
function taxaIn(matcher: Matcher, text: string, guard: Guard = 'unguarded'): Set<string> {
  const taxa = new Set<string>();
  for (const line of text.split('\n')) {
    const words = [...line.matchAll(WORD)].map((word) => ({ start: word.index, end: word.index + word[0].length }));
    const matches = matcher.find(line);
    const wordAt = (offset: number) => words.findIndex(({ end }) => end > offset);
    for (const match of matches) {
      if (guard === 'apart' && match.terms.some((term) => cancelledEarly.has(termName(earlyCompiled, term)))) continue;
      if (guard === 'apart') {
        const [first, last] = [wordAt(match.start), wordAt(match.end - 1)];
        const near = (other: Match) =>
          other !== match && wordAt(other.start) <= last + JOIN_SPAN && wordAt(other.end - 1) >= first - JOIN_SPAN;
        if (matches.some(near)) continue;
      }
      if (guard === 'guarded') {
        const near = [
          ...words.filter(({ start, end }) => end > match.start && start < match.end),
          words.findLast(({ end }) => end <= match.start),
          words.find(({ start }) => start >= match.end),
        ];
        if (near.some((word) => word && mayBeAddedWord(line.slice(word.start, word.end)))) continue;
      }
      for (const taxon of taxaOf(matcher, match)) taxa.add(taxon);
    }
  }
  return taxa;
}

const texts: { id: string; text: string }[] = [];
function readSets(dir: string) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readSets(path);
    else if (name.endsWith('.json'))
      for (const { id, text } of JSON.parse(readFileSync(path, 'utf8')) as { id: string; text: string }[])
        texts.push({ id, text });
  }
}
readSets('bench/sets');
texts.push(...(JSON.parse(readFileSync(sharedDataPath('real/wildlife-trade-posts-en.json'), 'utf8')) as typeof texts));

const kinds = ['unguarded', 'guarded', 'apart'] as const;
if (process.env.BENCH_PROBE)
  for (const text of process.env.BENCH_PROBE.split('|'))
    console.log(
      `probe "${text}": ${kinds.map((kind) => `${kind} ${[...taxaIn(early, text, kind)].join(', ')}`).join(' | ')} → ` +
        [...taxaIn(final, text)].join(', '),
    );
const tally = { withTaxa: 0, finalTaxa: 0 };
const counts = Object.fromEntries(
  kinds.map((kind) => [kind, { above: 0, equal: 0, below: 0, shown: 0, notInFinal: 0, shownTaxa: 0 }]),
);
for (const { id, text } of texts) {
  const finalTaxa = taxaIn(final, text);
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, taxaIn(early, text, kind)]));
  if (finalTaxa.size === 0 && byKind.unguarded!.size === 0) continue;
  tally.withTaxa++;
  tally.finalTaxa += finalTaxa.size;
  for (const kind of kinds) {
    const taxa = byKind[kind]!;
    const count = counts[kind]!;
    if (taxa.size > finalTaxa.size) {
      count.above++;
      console.log(`${kind} early above final: ${id}: ${[...taxa].join(', ')} → ${[...finalTaxa].join(', ')}`);
    } else if (taxa.size === finalTaxa.size) count.equal++;
    else count.below++;
    if (taxa.size > 0) count.shown++;
    if ([...taxa].some((taxon) => !finalTaxa.has(taxon))) count.notInFinal++;
    count.shownTaxa += Math.min(taxa.size, finalTaxa.size);
  }
}
console.log(`two early matches joinable within ${JOIN_SPAN} words`);
console.log(
  `${addedPatterns.length} added patterns; ${cancellingBundled.length} of them exclusions of a bundled name: ` +
    cancellingBundled
      .slice(0, 8)
      .map(([words]) => words.join(' '))
      .join('; '),
);
console.log(`bundled names gated as everyday words only in the full compile: ${gatedOnlyInFull.join('; ') || 'none'}`);
console.log(
  `bundled names they cancel: ${[...cancelledEarly].join('; ')}; a global exclusion among them: ${addsGlobalExclusion}`,
);
console.log(
  `notListed names: ${earlyCompiled.rules.notListed.length} bundled, ${finalCompiled.rules.notListed.length} full`,
);
console.log(`${texts.length} texts, ${tally.withTaxa} with taxa (${tally.finalTaxa} final taxa in all)`);
console.log(
  'early badge | above final | equal | below (raised later) | any count | taxa not in final | share of final taxa',
);
for (const kind of kinds) {
  const { above, equal, below, shown, notInFinal, shownTaxa } = counts[kind]!;
  console.log(
    `${kind} | ${above} | ${equal} | ${below} | ${shown} | ${notInFinal} | ${(shownTaxa / tally.finalTaxa).toFixed(3)}`,
  );
}
