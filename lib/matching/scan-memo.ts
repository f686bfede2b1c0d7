import { REMEMBERED_TEXT_CHARS, REMEMBERED_TEXTS, type FullScan } from '@/lib/matching/staged-matcher';
import type { DeclaredLanguage } from '@/lib/matching/text-language';

/** Not read by the scan (a declared language itself is a string or undefined). */
const UNREAD = null;
type Read = string | undefined | typeof UNREAD;

/**
 * A text's declared language, noting what the scan read of it. A class, not an object literal with getters: V8
 * builds such a literal slowly (microseconds each), and one is made for every text not met before.
 */
class WatchedLanguage implements DeclaredLanguage {
  readLang: Read = UNREAD;
  readPageLang: Read = UNREAD;

  constructor(private readonly declared: DeclaredLanguage) {}

  get lang() {
    return (this.readLang = this.declared.lang);
  }

  get pageLang() {
    return (this.readPageLang = this.declared.pageLang);
  }
}

/** A text's result, with what its scan read of the declared language (not the block's, which the memo lets go). */
interface Remembered {
  result: ReturnType<FullScan>;
  lang: Read;
  pageLang: Read;
}

const NOTHING_READ = { lang: UNREAD, pageLang: UNREAD };

/** Whether a block declaring `declared` gets the remembered result: it declares all the scan read. */
const fitsDeclared = ({ lang, pageLang }: Remembered, declared: DeclaredLanguage | undefined) =>
  (lang === UNREAD && pageLang === UNREAD) ||
  (declared !== undefined &&
    (lang === UNREAD || declared.lang === lang) &&
    (pageLang === UNREAD || declared.pageLang === pageLang));

/**
 * The second stage, remembering each short text's result: pages repeat the same words in every card (a title
 * listed twice, "Free postage", a seller's name), and a repeated text is then matched once. A result that read the
 * page's declared language is given again only to a block that declares the same (the cards of one page do: on the
 * 2,000-listing page, "Jaguar XF…" read it in each of its 83 cards); a block declaring another matches the text again,
 * and its result is remembered instead. Each dictionary's second stage has a memo of its own (createFullScan), so a
 * new dictionary starts with none.
 * @example const scan = rememberingScan(fullScan); scan('Free postage'); scan('Free postage'); // matched once
 */
export function rememberingScan(scan: FullScan): FullScan {
  const memo = new Map<string, Remembered>();
  return (text, context, tokens, found) => {
    const known = memo.get(text);
    if (known && fitsDeclared(known, context)) return known.result;
    const watched = context && new WatchedLanguage(context);
    const result = scan(text, watched, tokens, found);
    if (text.length <= REMEMBERED_TEXT_CHARS) {
      // Full: the oldest goes first.
      if (!known && memo.size >= REMEMBERED_TEXTS) memo.delete(memo.keys().next().value!);
      memo.set(
        text,
        watched ? { result, lang: watched.readLang, pageLang: watched.readPageLang } : { result, ...NOTHING_READ },
      );
    }
    return result;
  };
}
