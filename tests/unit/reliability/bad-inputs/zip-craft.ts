import { readZip } from '@/lib/files/zip-reader';
import { sha256Hex } from '@/lib/integrity/hash';

/**
 * ZIP files written byte by byte, so a corpus case can say things no honest
 * writer would: a size it does not have, a name that climbs out, 50,001 files.
 */
export interface RawEntry {
  path: string;
  /** The bytes as stored: already deflated when `method` is 8. */
  data: Uint8Array;
  method?: 0 | 8;
  /** The unpacked size the headers declare; defaults to the data's length. */
  declaredSize?: number;
  /** The sizes the local header states where it lies about the directory's (a streaming unzip believes it). */
  localSize?: number;
  /** As a ZIP64 writer writes it: both sizes 0xFFFFFFFF in the headers, the real ones in a ZIP64 extra field. */
  zip64?: boolean;
  /** General-purpose flags of both headers (default 0x0800, UTF-8 names): bit 0 says the file is encrypted. */
  flags?: number;
  /** An extra field written into both headers after the name (a ZIP64 one, when asked, comes first). */
  extra?: Uint8Array;
  /** The local header's extra field where it differs from the directory's (`extra`): what a streaming unzip reads. */
  localExtra?: Uint8Array;
  /** Sizes a data descriptor after the data states (flag bit 3; the local header then states 0 for them). */
  descriptor?: { compressedSize: number; size: number };
}

/** An archive of these entries, in order, with a central directory and its end record. */
export function rawZip(entries: readonly RawEntry[]): Blob {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const directory: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.path);
    const fields = {
      method: entry.method ?? 0,
      compressed: entry.zip64 ? 0xffffffff : entry.data.length,
      size: entry.zip64 ? 0xffffffff : (entry.declaredSize ?? entry.data.length),
    };
    const extra = new Uint8Array([
      ...(entry.zip64 ? zip64Extra(entry.declaredSize ?? entry.data.length, entry.data.length) : []),
      ...(entry.extra ?? []),
    ]);
    const flags = (entry.flags ?? 0x0800) | (entry.descriptor ? 0x0008 : 0);
    const localExtra = entry.localExtra ?? extra;
    const local = header(30 + name.length + localExtra.length, (view) => {
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, flags, true);
      view.setUint16(8, fields.method, true);
      view.setUint32(18, entry.descriptor ? 0 : (entry.localSize ?? fields.compressed), true);
      view.setUint32(22, entry.descriptor ? 0 : (entry.localSize ?? fields.size), true);
      view.setUint16(26, name.length, true);
      view.setUint16(28, localExtra.length, true);
    });
    local.set(name, 30);
    local.set(localExtra, 30 + name.length);
    const central = header(46 + name.length + extra.length, (view) => {
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      view.setUint16(8, flags, true);
      view.setUint16(10, fields.method, true);
      view.setUint32(20, fields.compressed, true);
      view.setUint32(24, fields.size, true);
      view.setUint16(28, name.length, true);
      view.setUint16(30, extra.length, true);
      view.setUint32(42, offset, true);
    });
    central.set(name, 46);
    central.set(extra, 46 + name.length);
    const trailer = entry.descriptor ? dataDescriptor(entry.descriptor) : new Uint8Array();
    parts.push(local, new Uint8Array(entry.data), trailer);
    directory.push(central);
    offset += local.length + entry.data.length + trailer.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = header(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, entries.length, true);
    view.setUint16(10, entries.length, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, offset, true);
  });
  return new Blob([...parts, ...directory, end]);
}

/** A signed data descriptor: its signature, the CRC-32 (0, as the headers here state), then the two sizes. */
function dataDescriptor({ compressedSize, size }: { compressedSize: number; size: number }): Uint8Array<ArrayBuffer> {
  return header(16, (view) => {
    view.setUint32(0, 0x08074b50, true);
    view.setUint32(8, compressedSize, true);
    view.setUint32(12, size, true);
  });
}

/** A ZIP64 extended-information extra field: its id (1), its length, then the unpacked and packed sizes. */
export function zip64Extra(size: number, compressed: number): Uint8Array<ArrayBuffer> {
  return header(20, (view) => {
    view.setUint16(0, 0x0001, true);
    view.setUint16(2, 16, true);
    view.setBigUint64(4, BigInt(size), true);
    view.setBigUint64(12, BigInt(compressed), true);
  });
}

function header(length: number, write: (view: DataView) => void): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  write(new DataView(bytes.buffer));
  return bytes;
}

/** Every file of an archive, unpacked, in directory order. */
export async function unzipped(archive: Blob): Promise<RawEntry[]> {
  return Promise.all(
    (await readZip(archive)).map(async (file) => ({
      path: file.path,
      data: new Uint8Array(await (await file.open()).arrayBuffer()),
    })),
  );
}

/**
 * Recomputes SHA256SUMS (if there is one) and manifest.json's file list from
 * the entries, as a forger who knows the format would: the archive is
 * consistent again, so only the checks of what it says can catch the change.
 */
export async function resealed(entries: readonly RawEntry[]): Promise<RawEntry[]> {
  const hashed = async ({ path, data }: RawEntry) => ({
    path,
    sha256: await sha256Hex(new Uint8Array(data)),
    bytes: data.length,
  });
  const sums = entries.filter((entry) => entry.path !== 'manifest.json' && entry.path !== 'SHA256SUMS');
  const sumsText = (await Promise.all(sums.map(hashed))).map((file) => `${file.sha256}  ${file.path}\n`).join('');
  const withSums = entries.map((entry) =>
    entry.path === 'SHA256SUMS' ? { path: entry.path, data: utf8(sumsText) } : entry,
  );
  const listed = await Promise.all(withSums.filter((entry) => entry.path !== 'manifest.json').map(hashed));
  return withSums.map((entry) =>
    entry.path === 'manifest.json'
      ? { path: entry.path, data: utf8(JSON.stringify({ ...jsonOf(entry), files: listed })) }
      : entry,
  );
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** A JSON entry, parsed loosely: corpus cases edit documents of every format. */
export const jsonOf = (entry: RawEntry): any => JSON.parse(new TextDecoder().decode(entry.data));

/** Replaces one entry's bytes (by path) with what `change` makes of them. */
export function withEntry(
  entries: readonly RawEntry[],
  path: string,
  change: (entry: RawEntry) => RawEntry,
): RawEntry[] {
  if (!entries.some((entry) => entry.path === path)) throw new Error(`corpus: no ${path} in the archive`);
  return entries.map((entry) => (entry.path === path ? change(entry) : entry));
}

/**
 * A raw deflate stream that unpacks to at least `bytes`: `prefix`, then the
 * byte `fill` over and over, in about 1/158 of the size. Fixed-Huffman blocks
 * of (length 258, distance 1) copies; each block ends on a byte boundary, so
 * one block repeats as bytes. `prefix` must be ASCII below 0x90 (8-bit codes).
 * @example deflateBomb({ bytes: 2 ** 30 }) // 6.8 MB that inflate to 1 GiB of zeros
 */
export function deflateBomb({
  bytes,
  prefix = new Uint8Array(),
  fill = 0,
}: {
  bytes: number;
  prefix?: Uint8Array;
  fill?: number;
}): { data: Uint8Array<ArrayBuffer>; inflatedSize: number } {
  const COPY = 258;
  // 3 header bits + 8 per literal + 13 per copy + 7 end bits fall on a byte boundary when copies ≡ 6 (mod 8).
  const perBlock = 8 * 4000 + 6;
  const first = fixedBlock([...prefix, fill], 6);
  const middle = fixedBlock([], perBlock);
  const before = prefix.length + 1 + 6 * COPY;
  const blocks = Math.max(0, Math.ceil((bytes - before) / (perBlock * COPY)));
  const last = new BitWriter().bits(1, 1).bits(1, 2).code(0, 7).done();
  const data = new Uint8Array(first.length + blocks * middle.length + last.length);
  data.set(first, 0);
  for (let i = 0; i < blocks; i += 1) data.set(middle, first.length + i * middle.length);
  data.set(last, first.length + blocks * middle.length);
  return { data, inflatedSize: before + blocks * perBlock * COPY };
}

/** One non-final fixed-Huffman block: the literals, then `copies` × (258 bytes from distance 1). */
function fixedBlock(literals: readonly number[], copies: number): Uint8Array {
  const writer = new BitWriter().bits(0, 1).bits(1, 2);
  for (const byte of literals) {
    if (byte >= 0x90) throw new Error('corpus: literals from 0x90 up take 9-bit codes');
    writer.code(0x30 + byte, 8);
  }
  for (let i = 0; i < copies; i += 1) writer.code(0b11000101, 8).code(0, 5);
  return writer.code(0, 7).done();
}

/** Deflate's bit order: header fields least significant bit first, Huffman codes most significant first. */
class BitWriter {
  private readonly out: number[] = [];
  private byte = 0;
  private used = 0;

  bits(value: number, count: number): this {
    for (let i = 0; i < count; i += 1) this.push((value >> i) & 1);
    return this;
  }

  code(value: number, length: number): this {
    for (let i = length - 1; i >= 0; i -= 1) this.push((value >> i) & 1);
    return this;
  }

  done(): Uint8Array {
    if (this.used > 0) this.out.push(this.byte);
    return Uint8Array.from(this.out);
  }

  private push(bit: number): void {
    this.byte |= bit << this.used;
    this.used += 1;
    if (this.used === 8) {
      this.out.push(this.byte);
      this.byte = 0;
      this.used = 0;
    }
  }
}

/**
 * The archive with a ZIP64 end record and its locator before the end record, as a ZIP64 writer adds them (the end
 * record's own fields then stay as they are, which a writer may do when they fit).
 */
export async function withZip64End(archive: Blob): Promise<Blob> {
  const bytes = new Uint8Array(await archive.arrayBuffer());
  const endAt = bytes.length - 22;
  const directoryStart = new DataView(bytes.buffer).getUint32(endAt + 16, true);
  const record = header(56, (view) => {
    view.setUint32(0, 0x06064b50, true);
    view.setBigUint64(4, 44n, true);
    view.setBigUint64(48, BigInt(directoryStart), true);
  });
  const locator = header(20, (view) => {
    view.setUint32(0, 0x07064b50, true);
    view.setBigUint64(8, BigInt(endAt), true);
    view.setUint32(16, 1, true);
  });
  return new Blob([bytes.slice(0, endAt), record, locator, bytes.slice(endAt)]);
}
