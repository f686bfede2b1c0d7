import { readFileSync } from 'node:fs';
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { importChecklistFile } from '@/lib/dictionary/checklist/import';
import { mergeWithBundled } from '@/lib/dictionary/merge';
import type { Dictionary } from '@/lib/dictionary/schema';

/** Every distinct spelling Spoor looks for: scientific names, synonyms, common names, trade terms. */
function spellings(dictionary: Dictionary): string[] {
  const words = new Set<string>();
  for (const taxon of dictionary.taxa) {
    words.add(taxon.scientificName);
    for (const synonym of taxon.synonyms) words.add(synonym);
    for (const name of taxon.names) words.add(name.text);
  }
  for (const term of dictionary.tradeTerms) for (const t of term.terms) words.add(t.text);
  return [...words];
}

/**
 * The dictionary's spellings in an order that spreads any prefix of the list
 * over the whole dictionary (every k-th word first), so a capped mark.js run
 * gets a fair sample rather than the first letters of the alphabet.
 */
function spread(words: string[], stride = 97): string[] {
  const ordered: string[] = [];
  for (let offset = 0; offset < stride; offset++)
    for (let i = offset; i < words.length; i += stride) ordered.push(words[i]!);
  return ordered;
}

/** The keywords given to mark.js for the same dictionary Spoor runs with. */
export async function dictionaryKeywords(kind: 'bundled' | 'checklist-2017', checklistPath: string): Promise<string[]> {
  const bundled = loadBundledDictionary();
  if (kind === 'bundled') return spread(spellings(bundled));
  const file = new File([readFileSync(checklistPath)], 'checklist-index-of-cites-species-2017-04-21.csv.gz');
  const imported = await importChecklistFile(file, { listingsAsOf: '2017-04-21' });
  return spread(spellings(mergeWithBundled(bundled, imported.dictionary)));
}
