import { REMEMBERED_TEXT_CHARS, REMEMBERED_TEXTS, type FullScan } from '@/lib/matching/staged-matcher';

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
    let asked = false;
    const result = scan(
      text,
      context && {
        get lang() {
          asked = true;
          return context.lang;
        },
        get pageLang() {
          asked = true;
          return context.pageLang;
        },
      },
      tokens,
      found,
    );
    if (!asked && text.length <= REMEMBERED_TEXT_CHARS) {
      // Full: the oldest goes first.
      if (memo.size >= REMEMBERED_TEXTS) memo.delete(memo.keys().next().value!);
      memo.set(text, result);
    }
    return result;
  };
}
