import { numberReads } from '@/lib/matching/number-reads';
import { otherReading, REMEMBERED_TEXT_CHARS, REMEMBERED_TEXTS, type FullScan } from '@/lib/matching/staged-matcher';
import type { DeclaredLanguage } from '@/lib/matching/text-language';
import type { Found } from '@/lib/matching/walk';

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

/**
 * A text's result, with what its scan read of the declared language (not the block's, which the memo lets go), the
 * text and the first stage's candidates it was matched with, and whether the scan read a number's value.
 */
interface Remembered {
  result: ReturnType<FullScan>;
  lang: Read;
  pageLang: Read;
  text: string;
  found: readonly Found[] | undefined;
  readNumbers: boolean;
}

/**
 * A number written in ASCII digits between characters that are never part of a word (ASCII punctuation and spaces, or
 * the text's ends): a word of its own, which the tokenizer folds as it is.
 */
const NUMBER_WORD = /(?<![^\0-\x7f]|[A-Za-z0-9])[0-9]+(?![^\0-\x7f]|[A-Za-z0-9])/g;

/**
 * A text with each number word's digits written as zeros: the same length and the same words, each digit where it
 * was. Listing pages number their cards ("Anzeige 17. Graupapagei…", a price, a date): such texts share a shape.
 */
const shapeOf = (text: string) => text.replace(NUMBER_WORD, (digits) => '0'.repeat(digits.length));

/** Whether two first stages found the same patterns over the same words. */
function sameFound(one: readonly Found[] | undefined, other: readonly Found[] | undefined): boolean {
  if (!one || !other || one.length !== other.length) return false;
  for (let i = 0; i < one.length; i++)
    if (one[i]!.start !== other[i]!.start || one[i]!.end !== other[i]!.end || one[i]!.pattern !== other[i]!.pattern)
      return false;
  return true;
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
 *
 * A text that differs from one remembered only in the digits of its number words ("Anzeige 17. …" and "Anzeige 23. …",
 * the same length) gets its result too when the first stage found the same candidates in both, neither has another
 * reading (bidi controls, a hyphen at a line end), the remembered scan read no number's value (number-reads.ts), and
 * `numbersUnlisted()` says no word list the second stage looks words up in holds a number: every other rule reads such
 * a number only as digits of its length. On the 2,000-listing page every card's excerpt is numbered.
 * @example const scan = rememberingScan(fullScan); scan('Free postage'); scan('Free postage'); // matched once
 */
export function rememberingScan(scan: FullScan, numbersUnlisted: () => boolean = () => false): FullScan {
  const memo = new Map<string, Remembered>();
  /** The last text remembered of each shape that has number words. */
  const byShape = new Map<string, Remembered>();
  const sharesResult = (known: Remembered, text: string, found: readonly Found[] | undefined) =>
    !known.readNumbers &&
    sameFound(known.found, found) &&
    !otherReading().test(text) &&
    !otherReading().test(known.text) &&
    numbersUnlisted();
  return (text, context, tokens, found) => {
    const known = memo.get(text);
    if (known && fitsDeclared(known, context)) return known.result;
    const short = text.length <= REMEMBERED_TEXT_CHARS;
    // A text met before comes with no candidates (the first stage remembers it needs this one): only itself answers.
    const shape = short && found ? shapeOf(text) : text;
    const sameShape = shape === text ? undefined : byShape.get(shape);
    if (sameShape && fitsDeclared(sameShape, context) && sharesResult(sameShape, text, found)) return sameShape.result;
    const watched = context && new WatchedLanguage(context);
    const numbersBefore = numberReads.count;
    const result = scan(text, watched, tokens, found);
    if (short) {
      const read = watched ? { lang: watched.readLang, pageLang: watched.readPageLang } : NOTHING_READ;
      const remembered = { result, ...read, text, found, readNumbers: numberReads.count !== numbersBefore };
      remember(memo, text, remembered);
      if (shape !== text) remember(byShape, shape, remembered);
    }
    return result;
  };
}

/** Remembers under `key`; a full memo forgets its oldest first. */
function remember(memo: Map<string, Remembered>, key: string, remembered: Remembered) {
  if (!memo.has(key) && memo.size >= REMEMBERED_TEXTS) memo.delete(memo.keys().next().value!);
  memo.set(key, remembered);
}
