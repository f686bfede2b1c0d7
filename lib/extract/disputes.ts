import type { AdFields } from '@/lib/records/flag';
import type { ExtractSource, Ranked } from './candidate';
import { cleanText } from './text';

/** Sources a page writes for machines: nobody reading the page sees them. */
export const UNSEEN_SOURCES: ReadonlySet<ExtractSource> = new Set([
  'json-ld',
  'microdata',
  'rdfa',
  'opengraph',
  'meta',
]);
/** Readers of the page as drawn: what the buyer saw. */
const SHOWN_SOURCES: ReadonlySet<ExtractSource> = new Set(['visible', 'labelled']);
/** How sure a reader of the shown page must be for its value to outweigh the markup's (rank.ts's shown heading). */
export const SHOWN_FIELD = 0.68;
/** Readers that guess from what the page does not state (an id in some link, any text): no dispute. */
const GUESSES: ReadonlySet<ExtractSource> = new Set(['url', 'fallback']);
/** Below this a reader's value is a guess: its differing from the winner is no dispute worth recording. */
const DISPUTE_FLOOR = 0.55;

/** Fields the markup can contradict the shown ad on; the title has its own claim (ad.claimedTitle). */
export const DISPUTABLE_FIELDS = ['price', 'seller', 'location', 'listingId'] as const;
export type DisputableField = (typeof DISPUTABLE_FIELDS)[number];
type Value<K extends DisputableField> = NonNullable<AdFields[K]>;

const folded = (text: string | undefined) => text?.toLowerCase().replace(/\s+/g, ' ').trim() || undefined;
/** Two texts that name different things: neither holds the other ("Lyon" and "Lyon, France" agree). */
const differ = (a: string | undefined, b: string | undefined) => {
  const [x, y] = [folded(a), folded(b)];
  return x !== undefined && y !== undefined && !x.includes(y) && !y.includes(x);
};

/** Whether two values of a field say different things (a missing part says nothing). */
export function disagree<K extends DisputableField>(field: K, a: Value<K>, b: Value<K>): boolean {
  if (field === 'price') {
    const [x, y] = [a as Value<'price'>, b as Value<'price'>];
    const currencies = !x.currencyInferred && !y.currencyInferred && x.currency !== y.currency;
    return x.amount !== y.amount || currencies;
  }
  if (field === 'seller') {
    const [x, y] = [a as Value<'seller'>, b as Value<'seller'>];
    return differ(x.name, y.name) || (!!x.id && !!y.id && x.id !== y.id);
  }
  return differ(a as string, b as string);
}

/** A field's value written out for the record: "5 EUR", a seller's name or id. */
function written<K extends DisputableField>(field: K, value: Value<K>): string {
  if (field === 'price') {
    const price = value as Value<'price'>;
    return `${price.amount} ${price.currency}`;
  }
  if (field === 'seller') {
    const seller = value as Value<'seller'>;
    return cleanText(seller.name ?? seller.id ?? seller.profileUrl, 200) ?? '';
  }
  return cleanText(value as string, 200) ?? '';
}

export interface Settled<K extends DisputableField> {
  winner?: Ranked<Value<K>>;
  disputed?: { source: ExtractSource; value: string };
}

/**
 * Chooses a field's value from its ranked candidates (most trusted first) as the buyer saw it: when the winner is
 * markup no reader sees, a confident reader of the shown page read otherwise and the page shows the markup's value
 * nowhere (`shownElsewhere`), the shown value wins. Either way a trusted source that read otherwise is kept as the
 * dispute.
 * @example settle('price', ranked) // { winner: the visible "€ 320", disputed: { source: 'json-ld', value: '5 EUR' } }
 */
export function settle<K extends DisputableField>(
  field: K,
  candidates: readonly Ranked<Value<K>>[],
  shownElsewhere: (value: Value<K>) => boolean = () => false,
): Settled<K> {
  const [best] = candidates;
  if (!best) return {};
  const shown = candidates.find((other) => SHOWN_SOURCES.has(other.source) && other.confidence >= SHOWN_FIELD);
  const contradicted =
    shown && UNSEEN_SOURCES.has(best.source) && disagree(field, best.value, shown.value) && !shownElsewhere(best.value);
  const winner = contradicted ? shown : best;
  const other = candidates.find(
    (candidate) =>
      candidate !== winner &&
      !GUESSES.has(candidate.source) &&
      candidate.confidence >= DISPUTE_FLOOR &&
      disagree(field, candidate.value, winner.value),
  );
  return { winner, ...(other && { disputed: { source: other.source, value: written(field, other.value) } }) };
}
