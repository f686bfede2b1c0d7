/**
 * `node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/lie-probe.ts
 *  <labelled.json|dir>... [--list]`: each labelled post read node-side under an element `lang` (and `<html lang>`)
 * of each of the other seven languages, a page that lies about its text's language. Counts the listings found under
 * their own language and lost under some lie, and the quiet texts lit under some lie.
 */
import { loadBundledDictionary } from '@/lib/dictionary/bundled/index';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import type { DeclaredLanguage } from '@/lib/matching/text-language';
import { readLabelledFiles } from '../tests/labelled-posts.ts';
import { kindOf } from './eval-summary.ts';

const LANGS = ['en', 'fr', 'de', 'nl', 'es', 'it', 'pl', 'ru'];
const args = process.argv.slice(2);
const posts = readLabelledFiles(args.filter((arg) => !arg.startsWith('--')));
const matcher = createMatcher(compileDictionary(loadBundledDictionary()));

let listings = 0;
let lost = 0;
let quiet = 0;
let lit = 0;
for (const post of posts) {
  const start = post.mark ? post.text.indexOf(post.mark) : -1;
  const end = start + (post.mark?.length ?? 0);
  const good = (declared: DeclaredLanguage) => {
    const matches = matcher.find(post.text, declared);
    return kindOf(post) === 'listing'
      ? matches.some((match) => match.start < end && match.end > start)
      : matches.length === 0;
  };
  if (!good({ pageLang: post.lang })) continue;
  const lies = LANGS.filter((lang) => lang !== post.lang && !good({ lang, pageLang: lang }));
  if (kindOf(post) === 'listing') listings++;
  else quiet++;
  if (lies.length === 0) continue;
  if (kindOf(post) === 'listing') lost++;
  else lit++;
  if (args.includes('--list'))
    console.log(`${post.id} (${kindOf(post)}) under ${lies.join(',')}: ${post.text.slice(0, 90)}`);
}
console.log(`listings lost under some lie ${lost} of ${listings}; quiet texts lit under some lie ${lit} of ${quiet}`);
