import type { ExtractField, ExtractSource } from './candidate';

type Trust = Partial<Record<ExtractField, number>>;

/**
 * One source's trust per field, in the order title, description, price, seller, location, listingId, postedAt,
 * imageUrls.
 */
function row(...values: (number | undefined)[]): Trust {
  const fields: ExtractField[] = [
    'title',
    'description',
    'price',
    'seller',
    'location',
    'listingId',
    'postedAt',
    'imageUrls',
  ];
  return Object.fromEntries(
    fields.flatMap((field, index) => (values[index] === undefined ? [] : [[field, values[index]]])),
  );
}

/**
 * How far each source is trusted per field when its reader does not say: the platform's own page
 * state and structured data first; OpenGraph titles are often padded for search engines; the
 * visible page and the fallbacks last. Visible readers give their own, finer confidence.
 */
const USUAL: Readonly<Record<ExtractSource, Trust>> = {
  'page-state': row(0.95, 0.9, 0.95, 0.95, 0.9, 0.95, 0.9, 0.9),
  platform: row(0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.85, 0.9),
  'json-ld': row(0.9, 0.9, 0.95, 0.9, 0.85, 0.85, 0.9, 0.8),
  microdata: row(0.88, 0.85, 0.92, 0.85, 0.8, 0.8, 0.85, 0.75),
  rdfa: row(0.86, 0.85, 0.9, 0.85, 0.8, 0.8, 0.85, 0.75),
  opengraph: row(0.7, 0.75, 0.85, undefined, 0.6, undefined, 0.8, 0.7),
  meta: row(0.6, undefined, 0.8, undefined, 0.6),
  url: row(undefined, undefined, undefined, 0.6, undefined, 0.6),
  labelled: row(undefined, undefined, 0.8, 0.78, 0.75, 0.85, 0.8),
  visible: row(0.7, 0.6, 0.6, 0.6, 0.55, undefined, 0.55, 0.4),
  fallback: row(0.45, 0.4, undefined, undefined, undefined, undefined, undefined, 0.3),
};

/**
 * The confidence a source's value for a field gets when its reader gives none.
 * @example usualTrust('json-ld', 'price') // 0.95
 */
export function usualTrust(source: ExtractSource, field: ExtractField): number {
  return USUAL[source][field] ?? 0.3;
}
