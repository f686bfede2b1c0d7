import { closeSync, mkdtempSync, openAsBlob, openSync, rmSync, writeFileSync, writeSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateBomb, jsonOf, rawZip, resealed, unzipped, utf8, withEntry, type RawEntry } from './zip-craft';

/*
 * Broken inputs, made from a good file at test time (nothing big is
 * committed). Each builder is one way a file goes wrong in the field: a cut
 * download, a spreadsheet's re-save, a hand edit, a forger who re-hashes, a
 * hostile archive. The test tables (*.test.ts beside this file) pair them with
 * the error each import must give.
 */

/** 0 bytes. */
export const empty = () => new Blob([]);

/** The first `fraction` of the file: a download cut short. */
export const truncated = (good: Blob, fraction: number) => good.slice(0, Math.floor(good.size * fraction));

/** The file cut just after the first occurrence of `marker` (a row, a quoted value, an entry's data). */
export async function cutAfter(good: Blob, marker: string): Promise<Blob> {
  const at = Buffer.from(await good.arrayBuffer()).indexOf(marker);
  if (at < 0) throw new Error(`corpus: ${JSON.stringify(marker)} is not in the file`);
  return good.slice(0, at + marker.length);
}

/** Deterministic noise (a linear congruential generator), optionally after a magic number. */
export function noise(size: number, prefix: Uint8Array = new Uint8Array()): Blob {
  const bytes = new Uint8Array(size);
  bytes.set(prefix);
  for (let i = prefix.length, state = 0x5eed; i < size; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return new Blob([bytes]);
}

export const ZIP_MAGIC = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);

/** Text in another encoding than UTF-8: what a spreadsheet or an old editor saves. */
export function encoded(
  text: string,
  encoding: 'utf-16le' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1252',
): Uint8Array<ArrayBuffer> {
  const plain = text.replace(/^\uFEFF/, '');
  if (encoding === 'windows-1252') {
    // eslint-disable-next-line no-control-regex -- the range starts at NUL: every Windows-1252 byte.
    if (/[^\u0000-\u00ff]/.test(plain)) throw new Error('corpus: the text has characters Windows-1252 cannot hold');
    return Uint8Array.from(plain, (char) => char.charCodeAt(0));
  }
  const bom = encoding === 'utf-16le' ? '' : '\uFEFF';
  const units = Buffer.from(bom + plain, 'utf16le');
  if (encoding === 'utf-16be-bom') units.swap16();
  return new Uint8Array(units);
}

/** A good archive with its entries changed; `reseal` re-hashes manifest.json and SHA256SUMS afterwards. */
export async function rezipped(
  good: Blob,
  change: (entries: RawEntry[]) => RawEntry[] | Promise<RawEntry[]>,
  reseal = false,
): Promise<Blob> {
  const changed = await change(await unzipped(good));
  return rawZip(reseal ? await resealed(changed) : changed);
}

/** A JSON entry rewritten by `edit` (which may mutate and return the parsed document). */
export const editJson = (path: string, edit: (doc: any) => unknown) => (entries: RawEntry[]) =>
  withEntry(entries, path, (entry) => ({ path, data: utf8(JSON.stringify(edit(jsonOf(entry)))) }));

/** One byte of an entry changed: same size, so only a hash can tell. */
export const flipByte = (path: string) => (entries: RawEntry[]) =>
  withEntry(entries, path, ({ data }) => {
    const copy = new Uint8Array(data);
    copy[Math.floor(copy.length / 2)]! ^= 0x20;
    return { path, data: copy };
  });

/** The first entry whose path starts with `prefix` (an evidence file, an artifact). */
export async function firstPath(archive: Blob, prefix: string): Promise<string> {
  const found = (await unzipped(archive)).find((entry) => entry.path.startsWith(prefix));
  if (!found) throw new Error(`corpus: no entry under ${prefix}`);
  return found.path;
}

/** Names no archive of Spoor's has; each must be refused, never used as a path or a key. */
export const UNSAFE_NAMES = ['../evil', '/abs', 'a/../../b', 'C:\\x', 'evidence/AUX.png'] as const;

/** The good archive with one more entry of that name. */
export const withUnsafeName = (good: Blob, name: string) =>
  rezipped(good, (entries) => [{ path: name, data: utf8('pwned') }, ...entries]);

/** The good archive whose `path` declares its own size but inflates to 1 GiB of zeros (6.8 MB of deflate). */
export const inflatesPastDeclared = (good: Blob, path: string) =>
  rezipped(good, (entries) =>
    withEntry(entries, path, (entry) => ({
      path,
      data: deflateBomb({ bytes: 2 ** 30 }).data,
      method: 8,
      declaredSize: entry.data.length,
    })),
  );

/** The good archive plus one entry whose directory record declares 4 GB (ZIP's largest size without ZIP64). */
export const declaresHuge = (good: Blob) =>
  rezipped(good, (entries) => [
    ...entries,
    { path: 'huge.json', data: deflateBomb({ bytes: 300_000 }).data, method: 8, declaredSize: 0xffffffff },
  ]);

/** `count` small entries that each inflate to 1 MiB: a bomb spread over many files. */
export function manyInflating(count: number): Blob {
  const { data, inflatedSize } = deflateBomb({ bytes: 2 ** 20 });
  return rawZip(
    Array.from({ length: count }, (_, i) => ({ path: `part-${i}.json`, data, method: 8, declaredSize: inflatedSize })),
  );
}

/** `count` empty files: a directory flood. */
export const manyEntries = (count: number) =>
  rawZip(Array.from({ length: count }, (_, i) => ({ path: `f${i}`, data: new Uint8Array() })));

const sparseDirs: string[] = [];

/**
 * A real 1 GiB file that takes no memory or disk: a sparse file in a
 * temporary folder, opened as a Blob, starting with `head` and ending with `tail`. Delete them all with
 * removeSparseFiles.
 * @example const big = await sparseGigabyte(ZIP_MAGIC); // afterAll(removeSparseFiles)
 */
export async function sparseGigabyte(head = new Uint8Array(), tail = new Uint8Array()): Promise<Blob> {
  const dir = mkdtempSync(join(tmpdir(), 'spoor-badinput-'));
  sparseDirs.push(dir);
  const path = join(dir, 'big');
  writeFileSync(path, head);
  truncateSync(path, 2 ** 30);
  const file = openSync(path, 'r+');
  writeSync(file, tail, 0, tail.length, 2 ** 30 - tail.length);
  closeSync(file);
  return openAsBlob(path);
}

/**
 * A 1 GiB archive (sparse) that is all directory: its end record says the directory starts at byte 0 and runs up to
 * the record, as a forger would lay it out to make a reader load a gigabyte before it finds the first record damaged.
 */
export function hugeDirectory(): Promise<Blob> {
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, 2 ** 30 - 22, true);
  return sparseGigabyte(ZIP_MAGIC, new Uint8Array(end.buffer));
}

export function removeSparseFiles(): void {
  for (const dir of sparseDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
