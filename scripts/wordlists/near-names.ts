// Regenerates lib/dictionary/near-name-words.ts: the everyday words of Debian's spelling lists (lists.mjs), and the
// words after the first of common names in their short-ended forms, that the walk would read as a seller's slip in
// the first word of a name of the bundled dictionary merged with the full 2017 checklist (slip-blockers.ts), so
// that the index reads them as themselves:
//   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
//     scripts/wordlists/near-names.ts && npx prettier --write lib/dictionary/near-name-words.ts
// A lower-case entry is an everyday word (in German every entry); capitalised entries, proper names, are left out.
import { openAsBlob, writeFileSync } from 'node:fs';
import { packParadigms } from '@/lib/matching/packed-paradigms';
import { join } from 'node:path';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import { EVERYDAY_WORDS } from '@/lib/dictionary/everyday-words';
import { buildFlatIndex } from '@/lib/matching/build-index';
import { compileDictionary } from '@/lib/matching/compile';
import { KEY_RANGE } from '@/lib/matching/flat-index';
import { foldWord } from '@/lib/matching/fold';
import { EDIT_MIN } from '@/lib/matching/one-edit';
import { Endings, Walker } from '@/lib/matching/walk';
import { CHECKLIST } from '../../bench/checklist.ts';
import { sharedDataPath } from '../../tests/shared-data.ts';
import { listEntries, listVersion } from './lists.mjs';

const checklist = await importChecklistFile(await openAsBlob(sharedDataPath(CHECKLIST)), {
  listingsAsOf: '2017-04-21',
});
const compiled = compileDictionary(mergeWithBundled(loadBundledDictionary(), checklist.dictionary));
// Without the near-name words already generated: the walk would read each as itself, and a new run would drop them.
const index = buildFlatIndex(compiled, undefined, Object.values(EVERYDAY_WORDS));

// The walk itself says whether it reads a word as a slip: a word that matches nothing, read one edit from a name's
// first word (walk.ts's `edited`, private: a generator may reach it, a tab has no need to).
const walk = new Walker(index, new Endings(packParadigms(compiled.paradigms))) as unknown as {
  arcs(node: number, probe: string): number[] | null;
  editedArcs: WeakSet<number[]>;
};
const readsAsSlip = (word: string) => nearAKey(word) && walkedAsSlip(word);
const walkedAsSlip = (word: string) => {
  const arcs = walk.arcs(0, word);
  return arcs !== null && walk.editedArcs.has(arcs);
};

// The walk's keys of its first words, each whole and with one letter dropped: a word starts one edit from a key only
// if it has a start that is one of these or is one with a letter dropped. Millions of Polish and Russian forms ask
// this first, in a fraction of the walk's time. The walk edits no key shorter than KEY_MIN (one-edit.ts: two kept
// letters, the edit, and a letter a key must still match).
const KEY_MIN = 4;
const nearKeys = new Set<string>();
for (let slot = index.nodeRanges[KEY_RANGE.words]!; slot < index.nodeRanges[KEY_RANGE.suffixed + 1]!; slot++) {
  const key = index.text.slice(index.slotKeys[slot], index.slotKeys[slot + 1]);
  if (key.length < KEY_MIN) continue;
  nearKeys.add(key);
  for (let at = 0; at < key.length; at++) nearKeys.add(key.slice(0, at) + key.slice(at + 1));
}
function nearAKey(word: string): boolean {
  for (let end = KEY_MIN - 1; end <= word.length; end++) {
    const start = word.slice(0, end);
    if (nearKeys.has(start)) return true;
    for (let at = 0; at < end; at++) if (nearKeys.has(start.slice(0, at) + start.slice(at + 1))) return true;
  }
  return false;
}

const nameWords = new Set<string>();
for (const [words, , paradigms, , terms] of compiled.patterns) {
  if (terms.every((term) => compiled.terms[term]!.lang === 'la')) continue;
  for (let depth = 1; depth < words.length; depth++)
    for (const ending of compiled.paradigms[paradigms[depth]!]!)
      if (ending.length <= 2 && readsAsSlip(words[depth] + ending)) nameWords.add(words[depth] + ending);
}

// Not Polish nor Russian: their lists (wpolish, aspell-ru) spell animals' and plants' own names in every case
// ("балабан", the saker falcon's variant of "балобан"; "пафиопедилюм"), so blocking them lost true finds, and on
// Spoor's sets they quieted no text (stop 51).
const BLOCKING_LISTS = ['en', 'fr', 'de', 'nl', 'es', 'it'] as const;

const words: Record<string, string[]> = { names: [...nameWords].sort() };
const versions: string[] = [];
for (const lang of BLOCKING_LISTS) {
  versions.push(listVersion(lang));
  const found = new Set<string>();
  for (const entry of listEntries(lang)) {
    const word = entry.trim();
    if (!word || /['\s-]/.test(word) || (lang !== 'de' && word[0] !== word[0]!.toLowerCase())) continue;
    const folded = foldWord(word);
    if (folded.length >= EDIT_MIN && readsAsSlip(folded)) found.add(word.toLowerCase());
  }
  words[lang] = [...found].sort();
  console.log(lang, found.size);
}

const wrap = (list: string[]) =>
  list
    .join(' ')
    .replace(/(.{1,110})( |$)/g, '\n    $1')
    .trimEnd();
writeFileSync(
  join(import.meta.dirname, '../../lib/dictionary/near-name-words.ts'),
  `// Generated by scripts/wordlists/near-names.ts from Debian's word lists: everyday words one letter dropped, added or
// changed from the first word of a name of the bundled dictionary or the 2017 CITES Checklist, and (names) the words
// of common names after their first that are. Do not edit. Packages:
// ${versions.slice(0, 4).join(', ')},
// ${versions.slice(4).join(', ')}.

/** Words of six of the eight languages and of names never read as a seller's slip (slip-blockers.ts). */
export const NEAR_NAME_WORDS: Readonly<Record<string, string>> = {
${Object.entries(words)
  .map(([lang, list]) => `  ${lang}: \`${wrap(list)}\`,`)
  .join('\n')}
};
`,
);
console.log(Object.fromEntries(Object.entries(words).map(([lang, list]) => [lang, list.length])));
