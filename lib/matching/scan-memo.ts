import { REMEMBERED_TEXT_CHARS, REMEMBERED_TEXTS, type FullScan } from '@/lib/matching/staged-matcher';
import type { DeclaredLanguage } from '@/lib/matching/text-language';

/**
 * A text's declared language, noting whether the scan read it. A class, not an object literal with getters: V8
 * builds such a literal slowly (microseconds each), and one is made for every text not met before.
 */
class WatchedLanguage implements DeclaredLanguage {
  asked = false;

  constructor(private readonly declared: DeclaredLanguage) {}

  get lang() {
    this.asked = true;
    return this.declared.lang;
  }

  get pageLang() {
    this.asked = true;
    return this.declared.pageLang;
  }
}

/**
 * The second stage, remembering each short text's result: pages repeat the same words in every card (a title
 * listed twice, "Free postage", a seller's name), and a repeated text is then matched once. A result is remembered
 * only when it did not read the page's declared language, so it is the same for any block that holds the text.
 * Each dictionary's second stage has a memo of its own (createFullScan), so a new dictionary starts with none.
 * @example const scan = rememberingScan(fullScan); scan('Free postage'); scan('Free postage'); // matched once
 */
export function rememberingScan(scan: FullScan): FullScan {
  const memo = new Map<string, ReturnType<FullScan>>();
  return (text, context, tokens, found) => {
    const known = memo.get(text);
    if (known) return known;
    const watched = context && new WatchedLanguage(context);
    const result = scan(text, watched, tokens, found);
    if (!watched?.asked && text.length <= REMEMBERED_TEXT_CHARS) {
      // Full: the oldest goes first.
      if (memo.size >= REMEMBERED_TEXTS) memo.delete(memo.keys().next().value!);
      memo.set(text, result);
    }
    return result;
  };
}
