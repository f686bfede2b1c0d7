/**
 * The fields of a file that its schema does not know, as paths: what zod would drop without a word. Evidence must
 * not lose what its sender wrote, so an import or restore refuses them, naming each. Found by walking the raw JSON
 * beside what the schema made of it: a key of the raw object that the parsed one lacks was not read.
 * @example unknownFields({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 } }) // [['b', 'd']]
 */
export function unknownFields(
  raw: unknown,
  parsed: unknown,
  at: readonly (string | number)[] = [],
): (string | number)[][] {
  if (Array.isArray(raw) && Array.isArray(parsed))
    return raw.flatMap((item, index) => unknownFields(item, parsed[index], [...at, index]));
  if (!isObject(raw) || !isObject(parsed)) return [];
  return Object.keys(raw).flatMap((key) =>
    Object.hasOwn(parsed, key) ? unknownFields(raw[key], parsed[key], [...at, key]) : [[...at, shownKey(key)]],
  );
}

/** A key as a problem names it: a forged one can be megabytes long, and the problem is shown on a page. */
const KEY_SHOWN_CHARS = 80;
const shownKey = (key: string) => (key.length > KEY_SHOWN_CHARS ? `${key.slice(0, KEY_SHOWN_CHARS)}…` : key);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a refusal says of an unknown field, with the format version the reader knows. */
export function unknownFieldMessage(format: string, version: number): string {
  return `is not a field of ${format} version ${version}: a newer Spoor would say a newer version in formatVersion, so the field was added by hand or by another tool; refused rather than dropped, so nothing the sender wrote is lost unseen`;
}
