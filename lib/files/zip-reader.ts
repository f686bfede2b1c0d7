/**
 * Reads a ZIP archive from its central directory, without unpacking it:
 * each file is a slice of the archive Blob, inflated only when opened, so an
 * import of thousands of screenshots never holds them all in memory.
 * Knows what Spoor writes (stored and deflated files, no ZIP64) and what an
 * operating system's "compress" adds when a person re-zips a bundle (folder
 * entries, skipped here); refuses archives past ZIP_LIMITS, with unsafe
 * names, or needing ZIP64 records, from the directory alone.
 * It also refuses an archive laid out otherwise than a writer lays one out
 * (checkLayout): unzip tools disagree about such archives, so the files a
 * person sees after unzipping could be other than the ones Spoor checked.
 */
import { megabytes, unsafeEntryName, ZIP_LIMITS } from './zip-limits';

export interface ZipFile {
  path: string;
  /** Uncompressed size as the central directory states it. */
  size: number;
  /** The file's bytes; rejects if they are cut short or do not inflate. */
  open(): Promise<Blob>;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_END_LOCATOR = 0x07064b50;
/** What a 32-bit size or offset says when the real one is in a ZIP64 extra field. */
const IN_ZIP64 = 0xffffffff;
const ZIP64_EXTRA = 0x0001;
const NEEDS_ZIP64 =
  'uses ZIP64 records (made for archives over 4 GB or 65,535 files), which Spoor does not read; a Spoor bundle or backup never needs them: zip the files again without ZIP64 (for example `zip -r -fz- bundle.zip .`)';
const STORED = 0;
const DEFLATED = 8;

/**
 * The files of an archive, in directory order. Throws a readable Error when
 * the bytes are not a complete ZIP (a truncated download loses the directory at the end).
 * @example for (const file of await readZip(blob)) console.log(file.path, file.size);
 */
export async function readZip(archive: Blob): Promise<ZipFile[]> {
  const tailStart = Math.max(0, archive.size - 0xffff - 22);
  const tail = new DataView(await archive.slice(tailStart).arrayBuffer());
  let end = -1;
  for (let at = tail.byteLength - 22; at >= 0 && end < 0; at -= 1)
    if (tail.getUint32(at, true) === END_OF_DIRECTORY) end = at;
  if (end < 0) throw new Error('not a complete ZIP archive: its directory at the end is missing (truncated download?)');
  if (end >= 20 && tail.getUint32(end - 20, true) === ZIP64_END_LOCATOR) throw new Error(NEEDS_ZIP64);
  const count = tail.getUint16(end + 10, true);
  const directorySize = tail.getUint32(end + 12, true);
  const directoryStart = tail.getUint32(end + 16, true);
  if (directoryStart + directorySize > tailStart + end)
    throw new Error('not a complete ZIP archive: its directory points past the end of the file');
  if (directoryStart + directorySize < tailStart + end || tailStart + end + 22 < archive.size)
    throw new Error(
      'holds bytes outside its files and directory (a second directory, or data after the archive): unzip tools would disagree about what it holds',
    );
  if (count > ZIP_LIMITS.maxEntries)
    throw new Error(
      `holds ${count.toLocaleString('en')} files; Spoor reads archives of up to ${ZIP_LIMITS.maxEntries.toLocaleString('en')}`,
    );
  if (directorySize > ZIP_LIMITS.maxDirectoryBytes)
    throw new Error(
      `its directory takes ${megabytes(directorySize)}; Spoor reads directories of up to ${megabytes(ZIP_LIMITS.maxDirectoryBytes)} (a forged archive?)`,
    );
  const directory = new DataView(await archive.slice(directoryStart, directoryStart + directorySize).arrayBuffer());
  const files: ZipFile[] = [];
  const entries: EntryLocation[] = [];
  let inflatedTotal = 0;
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > directory.byteLength || directory.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new Error(`damaged ZIP directory at entry ${index + 1}`);
    const nameLength = directory.getUint16(at + 28, true);
    const name = new Uint8Array(directory.buffer, directory.byteOffset + at + 46, nameLength);
    const entry = {
      name,
      flags: directory.getUint16(at + 8, true),
      method: directory.getUint16(at + 10, true),
      crc: directory.getUint32(at + 16, true),
      compressedSize: directory.getUint32(at + 20, true),
      size: directory.getUint32(at + 24, true),
      localHeader: directory.getUint32(at + 42, true),
      path: new TextDecoder().decode(name),
    };
    // A Unix host's mode in the high half of the external attributes: a symbolic link unpacks as a link, not a file.
    if (directory.getUint8(at + 5) === 3 && ((directory.getUint32(at + 38, true) >>> 16) & 0o170000) === 0o120000)
      throw new Error(`file ${JSON.stringify(entry.path)} is a symbolic link (unpacked, it points elsewhere): refused`);
    if (hasZip64Sizes(directory, at, entry)) throw new Error(`${entry.path}: ${NEEDS_ZIP64}`);
    if ((entry.flags & ENCRYPTED) !== 0)
      throw new Error(
        `${entry.path}: marked encrypted, which Spoor never writes: unzip tools would ask for a password and unpack other bytes than the ones Spoor checks`,
      );
    const otherName = unicodePathName(directory, at, entry);
    if (otherName !== undefined && otherName !== entry.path)
      throw new Error(
        `${entry.path}: its Unicode Path field names it ${JSON.stringify(otherName)}, the name unzip and 7-Zip unpack it under`,
      );
    const folder = isFolderEntry(entry);
    const unsafe = unsafeEntryName(folder ? entry.path.slice(0, -1) : entry.path);
    if (unsafe) throw new Error(`file ${JSON.stringify(entry.path)} ${unsafe}: refused`);
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw new Error(`${entry.path}: compression method ${entry.method} is not one Spoor writes`);
    if (entry.size > ZIP_LIMITS.maxFileBytes)
      throw new Error(
        `${entry.path}: ${megabytes(entry.size)} unpacked, over Spoor's limit of ${megabytes(ZIP_LIMITS.maxFileBytes)} per file`,
      );
    if (entry.method === DEFLATED) inflatedTotal += entry.size;
    if (inflatedTotal > ZIP_LIMITS.maxInflatedBytes)
      throw new Error(
        `its compressed files unpack to more than Spoor's limit of ${megabytes(ZIP_LIMITS.maxInflatedBytes)} (a ZIP bomb?)`,
      );
    entries.push(entry);
    if (!folder) files.push({ path: entry.path, size: entry.size, open: () => openEntry(archive, entry) });
    at += 46 + nameLength + directory.getUint16(at + 30, true) + directory.getUint16(at + 32, true);
  }
  // The count is 16 bits: 65,540 files wrap to 4, and a reader that trusts the count would check 4 of them.
  if (at > directory.byteLength) throw new Error(`damaged ZIP directory: its last record runs past its end`);
  if (at < directory.byteLength)
    throw new Error(
      `its directory holds more records than the ${count.toLocaleString('en')} its end record counts (over 65,535 files, or a forged count)`,
    );
  await checkLayout(archive, entries, directoryStart);
  return files;
}

/**
 * A folder, as the operating systems' "compress" tools write one for each folder (`evidence/`): a name ending in
 * "/" and no bytes (2 when deflated: an empty deflate stream). It unpacks as a folder, so it is skipped, not refused.
 */
function isFolderEntry({ path, size, compressedSize }: EntryLocation): boolean {
  return path.endsWith('/') && size === 0 && compressedSize <= 2;
}

/** Whether a directory record defers a size or its offset to a ZIP64 extra field (one with real values is read). */
function hasZip64Sizes(directory: DataView, at: number, entry: EntryLocation): boolean {
  if (![entry.size, entry.compressedSize, entry.localHeader].includes(IN_ZIP64)) return false;
  const extraStart = at + 46 + entry.name.length;
  const extraEnd = Math.min(directory.byteLength, extraStart + directory.getUint16(at + 30, true));
  for (let field = extraStart; field + 4 <= extraEnd; field += 4 + directory.getUint16(field + 2, true))
    if (directory.getUint16(field, true) === ZIP64_EXTRA) return true;
  return false;
}

/** Bits 0 (encrypted) and 6 (strong encryption) of an entry's flags. */
const ENCRYPTED = 0x0041;
/** Info-ZIP's Unicode Path extra field: a UTF-8 name tools use instead of the header's. */
const UNICODE_PATH_EXTRA = 0x7075;

/** The name a Unicode Path extra field of a directory record gives its file, if it has one. */
function unicodePathName(directory: DataView, at: number, entry: EntryLocation): string | undefined {
  const extraStart = at + 46 + entry.name.length;
  return unicodePathIn(directory, extraStart, extraStart + directory.getUint16(at + 30, true));
}

/** The name the Unicode Path field among the extra fields from `start` to `end` gives, if there is one. */
function unicodePathIn(view: DataView, start: number, end: number): string | undefined {
  const extraEnd = Math.min(view.byteLength, end);
  for (let field = start; field + 4 <= extraEnd; field += 4 + view.getUint16(field + 2, true)) {
    if (view.getUint16(field, true) !== UNICODE_PATH_EXTRA) continue;
    // Its version (1 byte) and the CRC-32 of the header's name (4 bytes), then the name.
    const fieldEnd = Math.min(extraEnd, field + 4 + view.getUint16(field + 2, true));
    const name = new Uint8Array(view.buffer, view.byteOffset + field + 9, Math.max(0, fieldEnd - field - 9));
    return new TextDecoder().decode(name);
  }
  return undefined;
}

/** Bit 3 of an entry's flags: sizes and CRC follow the data in a descriptor (12 bytes, or 16 with its signature). */
const HAS_DESCRIPTOR = 0x0008;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
/** The bytes read before each local header (and the directory): the descriptor of the file before, if it has one. */
const DESCRIPTOR_BYTES = 16;

/**
 * The archive must be its files one after another from its first byte, in
 * directory order, then the directory: each local header naming the file its
 * directory record names, with its method, CRC-32 and sizes (or, for a file
 * ending in a data descriptor, that descriptor stating them). Otherwise a tool
 * reading local headers (a streaming unzip) and one reading the directory
 * (Spoor, most others) see different files: a file hidden between two others,
 * two directory records sharing bytes, a local header that names `evil.html`
 * where the directory says `batch.csv`, a local header saying a stored
 * screenshot ends early, so that the tool reads on into a `batch.csv` planted
 * in the screenshot's bytes; names differing only in case that overwrite each
 * other when unpacked on Windows or macOS.
 */
async function checkLayout(archive: Blob, entries: readonly EntryLocation[], directoryStart: number): Promise<void> {
  const names = new Map<string, string>();
  let next = 0;
  let previous: EntryLocation | undefined;
  /** What starts at `at`, read with the bytes before it, must follow the previous file's data and descriptor. */
  const follows = (at: number, what: string, before: Uint8Array) => {
    const slack = at - next;
    const descriptor = previous !== undefined && (previous.flags & HAS_DESCRIPTOR) !== 0;
    if (descriptor ? slack === 12 || slack === 16 : slack === 0) {
      if (descriptor) checkDescriptor(previous!, before.subarray(before.length - slack));
      return;
    }
    throw new Error(
      slack < 0
        ? `${what} overlaps the file before it: unzip tools would disagree about what the archive holds`
        : `holds ${slack} bytes before ${what} that no directory record names (a hidden file?): unzip tools would disagree about what it holds`,
    );
  };
  const pieces = await readPieces(archive, [
    ...entries.map((entry) => ({ at: entry.localHeader, length: 30 + entry.name.length })),
    { at: directoryStart, length: 0 },
  ]);
  checkFilesAndFolders(entries);
  const localExtras: Array<{ entry: EntryLocation; at: number; length: number }> = [];
  entries.forEach((entry, i) => {
    const { before, header } = pieces[i]!;
    follows(entry.localHeader, entry.path, before);
    const folded = entry.path.normalize('NFC').toLowerCase();
    const other = names.get(folded);
    if (other !== undefined && other !== entry.path)
      throw new Error(
        `files ${JSON.stringify(other)} and ${JSON.stringify(entry.path)} differ only in case or accents: unpacked on Windows or macOS one overwrites the other`,
      );
    names.set(folded, entry.path);
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (header.byteLength < 30 || view.getUint32(0, true) !== LOCAL_HEADER)
      throw new Error(`${entry.path}: its local header is missing or damaged`);
    const localName = header.subarray(30);
    if (view.getUint16(26, true) !== entry.name.length || localName.some((byte, at) => byte !== entry.name[at]))
      throw new Error(
        `${entry.path}: its local header names it ${JSON.stringify(new TextDecoder().decode(localName))}: tools that read local headers would unpack another file`,
      );
    if (view.getUint16(8, true) !== entry.method)
      throw new Error(`${entry.path}: its local header and the directory disagree about its compression`);
    checkLocalFields(entry, view);
    const extraLength = view.getUint16(28, true);
    if (extraLength > 0)
      localExtras.push({ entry, at: entry.localHeader + 30 + entry.name.length, length: extraLength });
    next = entry.localHeader + 30 + entry.name.length + extraLength + entry.compressedSize;
    previous = entry;
  });
  follows(directoryStart, 'the directory', pieces.at(-1)!.before);
  await checkLocalUnicodePaths(archive, localExtras);
}

/**
 * A local header's Unicode Path field must name the file the directory names: a streaming unzip reads only local
 * headers and unpacks the file under that name. Spoor writes no local extra field, so its own archives read nothing.
 */
async function checkLocalUnicodePaths(
  archive: Blob,
  extras: ReadonlyArray<{ entry: EntryLocation; at: number; length: number }>,
): Promise<void> {
  if (extras.length === 0) return;
  const pieces = await readPieces(archive, extras);
  extras.forEach(({ entry }, i) => {
    const { header } = pieces[i]!;
    const name = unicodePathIn(new DataView(header.buffer, header.byteOffset, header.byteLength), 0, header.length);
    if (name !== undefined && name !== entry.path)
      throw new Error(
        `${entry.path}: its local header's Unicode Path field names it ${JSON.stringify(name)}, the name a streaming unzip unpacks it under`,
      );
  });
}

/**
 * No name may be both a file and a folder (a folder entry `batch.csv/`, or a file `evidence` beside `evidence/x.png`),
 * in any case or accents: unpacked, one of the two fails or replaces the other, so a person sees other files than
 * the ones Spoor checked.
 */
function checkFilesAndFolders(entries: readonly EntryLocation[]): void {
  const fold = (path: string) => path.normalize('NFC').toLowerCase();
  const folders = new Map<string, string>();
  for (const { path } of entries) {
    const steps = path.split('/');
    for (let end = 1; end < steps.length; end += 1) {
      const folder = steps.slice(0, end).join('/');
      folders.set(fold(folder), folder);
    }
  }
  for (const entry of entries) {
    const folder = folders.get(fold(entry.path));
    if (!isFolderEntry(entry) && folder !== undefined)
      throw new Error(
        `${JSON.stringify(entry.path)} is a file, and ${JSON.stringify(`${folder}/`)} a folder of the archive: unpacked, one of them is lost`,
      );
  }
}

/** What a local header states of its file; those a descriptor states instead may be 0 (Spoor's own writer's). */
function checkLocalFields(entry: EntryLocation, local: DataView): void {
  const descriptor = (entry.flags & HAS_DESCRIPTOR) !== 0;
  if ((local.getUint16(6, true) & ENCRYPTED) !== 0)
    throw new Error(`${entry.path}: its local header marks it encrypted: a streaming unzip would unpack other bytes`);
  if (((local.getUint16(6, true) & HAS_DESCRIPTOR) !== 0) !== descriptor)
    throw new Error(
      `${entry.path}: its local header and the directory disagree about where its sizes are (a data descriptor or not)`,
    );
  const states = (at: number, value: number) =>
    local.getUint32(at, true) === value || (descriptor && local.getUint32(at, true) === 0);
  if (!states(14, entry.crc))
    throw new Error(`${entry.path}: its local header and the directory disagree about its CRC-32`);
  if (!states(18, entry.compressedSize) || !states(22, entry.size))
    throw new Error(
      `${entry.path}: its local header says ${local.getUint32(18, true)} bytes (${local.getUint32(22, true)} unpacked), the directory ${entry.compressedSize} (${entry.size} unpacked): a streaming unzip would read another file`,
    );
}

/** The data descriptor after a file's data (12 bytes, or 16 with its signature) must state what the directory does. */
function checkDescriptor(entry: EntryLocation, bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signed = bytes.byteLength === 16;
  if (signed && view.getUint32(0, true) !== DESCRIPTOR_SIGNATURE)
    throw new Error(
      `${entry.path}: 16 bytes follow its data, but not a data descriptor: unzip tools would disagree about what it holds`,
    );
  const fields = signed ? 4 : 0;
  if (view.getUint32(fields, true) !== entry.crc)
    throw new Error(`${entry.path}: its data descriptor and the directory disagree about its CRC-32`);
  const [compressed, size] = [view.getUint32(fields + 4, true), view.getUint32(fields + 8, true)];
  if (compressed !== entry.compressedSize || size !== entry.size)
    throw new Error(
      `${entry.path}: its data descriptor says ${compressed} bytes (${size} unpacked), the directory ${entry.compressedSize} (${entry.size} unpacked): a streaming unzip would read another file`,
    );
}

/** Headers closer together than this are read in one piece (an archive of small JSON files has thousands). */
const WINDOW_BYTES = 64 * 1024;
/** Reads in flight at once. */
const READS_AT_ONCE = 64;

/** A piece of the archive (a local header, or the directory's start) and the bytes just before it. */
interface Piece {
  before: Uint8Array;
  header: Uint8Array;
}

/**
 * Each range of the archive with up to DESCRIPTOR_BYTES before it, in order: ranges within WINDOW_BYTES of each
 * other come from one read, the reads run READS_AT_ONCE at a time. One read per header, one after another, took
 * seconds for 20,000 files.
 */
async function readPieces(archive: Blob, ranges: ReadonlyArray<{ at: number; length: number }>): Promise<Piece[]> {
  const groups: Array<{ from: number; to: number; members: Array<{ at: number; length: number }> }> = [];
  for (const range of ranges) {
    const start = Math.max(0, range.at - DESCRIPTOR_BYTES);
    const end = range.at + range.length;
    const group = groups.at(-1);
    if (group && start >= group.from && end - group.from <= WINDOW_BYTES) {
      group.to = Math.max(group.to, end);
      group.members.push(range);
    } else groups.push({ from: start, to: end, members: [range] });
  }
  const pieces: Piece[] = [];
  for (let start = 0; start < groups.length; start += READS_AT_ONCE) {
    const batch = groups.slice(start, start + READS_AT_ONCE);
    const windows = await Promise.all(
      batch.map(async ({ from, to }) => new Uint8Array(await archive.slice(from, to).arrayBuffer())),
    );
    batch.forEach(({ from, members }, g) =>
      members.forEach(({ at, length }) => {
        const offset = at - from;
        pieces.push({
          before: windows[g]!.slice(Math.max(0, offset - DESCRIPTOR_BYTES), Math.max(0, offset)),
          header: windows[g]!.slice(offset, offset + length),
        });
      }),
    );
  }
  return pieces;
}

interface EntryLocation {
  /** The name's bytes as the directory holds them. */
  name: Uint8Array;
  flags: number;
  path: string;
  method: number;
  /** The CRC-32 the directory states: the local header (or the data descriptor) must state the same. */
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

async function openEntry(archive: Blob, entry: EntryLocation): Promise<Blob> {
  const header = new DataView(await archive.slice(entry.localHeader, entry.localHeader + 30).arrayBuffer());
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_HEADER)
    throw new Error(`${entry.path}: its local header is missing or damaged`);
  const dataStart = entry.localHeader + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  if (dataStart + entry.compressedSize > archive.size)
    throw new Error(`${entry.path}: the archive ends before the file does`);
  const compressed = archive.slice(dataStart, dataStart + entry.compressedSize);
  const blob = entry.method === STORED ? compressed : await inflate(compressed, entry);
  if (blob.size !== entry.size)
    throw new Error(`${entry.path}: ${blob.size} bytes where the directory says ${entry.size}`);
  return blob;
}

/** Inflates, stopping as soon as the output passes the size the directory declared: a bomb never unpacks. */
async function inflate(compressed: Blob, { path, size }: EntryLocation): Promise<Blob> {
  let inflated = 0;
  const capped = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      inflated += chunk.byteLength;
      if (inflated > size) throw new Error(`inflates past the ${size} bytes the directory declares (a ZIP bomb?)`);
      controller.enqueue(chunk);
    },
  });
  try {
    return await new Response(
      compressed.stream().pipeThrough(new DecompressionStream('deflate-raw')).pipeThrough(capped),
    ).blob();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(inflated > size ? `${path}: ${reason}` : `${path}: does not inflate (${reason})`);
  }
}
