import type { KeyValueArea } from '@/lib/settings/store';

/** storage.local as the dictionary store needs it: KeyValueArea plus removal. */
export interface DictionaryArea extends KeyValueArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  remove(keys: string | string[]): Promise<void>;
}

/** Big values are cut into pieces: one multi-megabyte item is slow to write and to read in Chrome. */
const CHUNK_CHARS = 1_000_000;

/**
 * The keys of a chunked value.
 * @example chunkKeys('dict:k3x:compiled', 2) // ['dict:k3x:compiled:0', 'dict:k3x:compiled:1']
 */
export const chunkKeys = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}:${i}`);

/**
 * Serialises a value into `prefix:0…n` keys and returns how many were written.
 * @example const chunks = await writeChunked(area, 'dict:k3x:compiled', compiled);
 */
export async function writeChunked(
  area: DictionaryArea,
  prefix: string,
  value: unknown,
): Promise<{ chunks: number; chars: number }> {
  const json = JSON.stringify(value);
  const count = Math.max(1, Math.ceil(json.length / CHUNK_CHARS));
  const items = Object.fromEntries(
    chunkKeys(prefix, count).map((k, i) => [k, json.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS)]),
  );
  await area.set(items);
  return { chunks: count, chars: json.length };
}

/**
 * Reads back what writeChunked stored, or undefined when a piece is missing or the JSON is broken.
 * @example const compiled = await readChunked(area, 'dict:k3x:compiled', meta.compiledChunks);
 */
export async function readChunked(area: DictionaryArea, prefix: string, count: number): Promise<unknown> {
  const keys = chunkKeys(prefix, count);
  const stored = await area.get(keys);
  const pieces = keys.map((k) => stored[k]);
  if (!pieces.every((p): p is string => typeof p === 'string')) return undefined;
  try {
    return JSON.parse(pieces.join(''));
  } catch {
    return undefined;
  }
}
