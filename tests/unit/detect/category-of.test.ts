import { expect, it } from 'vitest';
import { categoryOf } from '@/lib/detect/scan-block';
import type { Category, EntryInfo, TermInfo } from '@/lib/matching/types';

/** A matcher's lists as categoryOf reads them, counting the reads of its terms (a tab's lists are proxies). */
function listsOf(categories: Category[]) {
  const entries = categories.map((category) => ({ category }) as EntryInfo);
  const plain = categories.map((_, entry) => ({ entry, text: `term ${entry}`, lang: 'en' }) as TermInfo);
  let reads = 0;
  const terms = new Proxy(plain, {
    get: (target, key, receiver) => {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { matcher: { entries, terms }, reads: () => reads };
}

it('gives the strictest category among a match’s terms, each term read once per list', () => {
  const { matcher, reads } = listsOf(['trade', 'app-ii', 'app-i', 'app-iii']);
  expect(categoryOf({ terms: [0, 1] }, matcher)).toBe('app-ii');
  expect(categoryOf({ terms: [3, 2, 0] }, matcher)).toBe('app-i');
  expect(categoryOf({ terms: [0] }, matcher)).toBe('trade');
  expect(categoryOf({ terms: [1, 3] }, matcher)).toBe('app-ii');
  expect(reads()).toBe(4);
  // Another dictionary's lists are read anew, whatever the first one's terms said.
  const other = listsOf(['app-iii', 'trade']);
  expect(categoryOf({ terms: [0, 1] }, other.matcher)).toBe('app-iii');
  expect(other.reads()).toBe(2);
});
