import { UNSEEN_SOURCES } from '@/lib/extract/disputes';
import type { ExtractSource } from '@/lib/extract/candidate';
import type { AdFields } from '@/lib/records/flag';

export type UnshownField = NonNullable<AdFields['unshown']>[number];

/**
 * The fields of an ad whose value came from markup no reader sees (disputes.ts UNSEEN_SOURCES) and that the text the
 * page showed (its visible text and the words its style sheets draw, shadow roots included) states nowhere: the
 * price's amount as a number (its thousands grouped or not), the seller's name, the location, each as whole words,
 * case and spacing aside. A price the page shows only in an image is then marked as the markup's claim, never as read.
 * @example
 * unshownFields({ price: { amount: 5, currency: 'EUR' }, sources: { price: 'json-ld' } }, 'Price: [img]') // ['price']
 */
export function unshownFields(ad: AdFields, shown: string): UnshownField[] {
  const text = folded(shown);
  const fromMarkup = (field: UnshownField) => UNSEEN_SOURCES.has(ad.sources[field] as ExtractSource);
  const unshown: UnshownField[] = [];
  if (ad.price && fromMarkup('price') && !statesAmount(shown, ad.price.amount)) unshown.push('price');
  if (ad.seller?.name && fromMarkup('seller') && !statesWords(text, ad.seller.name)) unshown.push('seller');
  if (ad.location && fromMarkup('location') && !statesWords(text, ad.location)) unshown.push('location');
  return unshown;
}

const folded = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether a text holds a value's words whole: "Ivan Petrov" in "Seller: Ivan Petrov", not "Ivan" in "Ivanov". */
function statesWords(text: string, value: string): boolean {
  const words = folded(value);
  if (!words) return true;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1];
    const after = text[at + words.length];
    if (!isWordPart(before) && !isWordPart(after)) return true;
  }
  return false;
}

const isWordPart = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** A separator a page may group an amount's thousands with: a space (thin, no-break), a dot, a comma, an apostrophe. */
const GROUP = "[\\s.,'\u00a0\u202f\u2009]?";

/**
 * Whether a text states an amount's whole units as a number of its own: 1200.5 is stated by "1 200,50 €" or
 * "1,200.50", 320 by "320 €" but not by "1320" or "3205".
 */
function statesAmount(text: string, amount: number): boolean {
  const units = String(Math.trunc(amount));
  const grouped = units.replace(/\B(?=(\d{3})+$)/g, GROUP);
  return new RegExp(`(?<![\\d.,])${grouped}(?!\\d|[.,']\\d{3}(?!\\d))`).test(text);
}
