import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from '@/lib/files/zip-reader';
import { zipStream } from '@/lib/files/zip-writer';
import { bytesOf } from '../export/builder';

/*
 * Archives that unzip tools read differently (forge16): a streaming unzip
 * walks the local headers from the first byte, Spoor and most others read the
 * directory at the end. Where the two disagree, the files a coordinator sees
 * after unzipping a bundle are not the ones Spoor checked, so Spoor refuses.
 */

interface Part {
  path: string;
  data: string | Uint8Array;
  /** The name the local header gives, where it lies about the directory's. */
  localPath?: string;
  /** False: the bytes are in the archive but no directory record names them (a hidden file). */
  listed?: boolean;
  /** The directory record points at another part's local header (two names sharing bytes). */
  sharesWith?: number;
  /** Made on Unix with this file mode (0o120777: a symbolic link). */
  mode?: number;
  /** What the local header says where it lies about the directory's: its sizes, its CRC-32, its flags. */
  local?: { size?: number; crc?: number; flags?: number };
  /** The file ends in a data descriptor (flag bit 3), with its signature, stating these (default: the true ones). */
  descriptor?: { size?: number; crc?: number };
}

const DESCRIPTOR_FLAG = 0x0008;
/** The CRC-32 each directory record states (the reader checks the headers agree; the bytes are checked by hash). */
const CRC = 0x1234abcd;

/** An archive of stored parts, laid out byte by byte, with what comes after the end record. */
function craft(parts: readonly Part[], after = ''): Blob {
  const local: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === 'string' ? strToU8(part.data) : part.data;
    const localName = strToU8(part.localPath ?? part.path);
    const header = new Uint8Array(30 + localName.length);
    const view = new DataView(header.buffer);
    const flags = part.descriptor ? DESCRIPTOR_FLAG : 0;
    const declared = part.descriptor ? 0 : data.length;
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(6, part.local?.flags ?? flags, true);
    view.setUint32(14, part.local?.crc ?? (part.descriptor ? 0 : CRC), true);
    view.setUint16(26, localName.length, true);
    view.setUint32(18, part.local?.size ?? declared, true);
    view.setUint32(22, part.local?.size ?? declared, true);
    header.set(localName, 30);
    offsets.push(offset);
    local.push(header, data);
    const at = part.sharesWith === undefined ? offset : offsets[part.sharesWith]!;
    offset += header.length + data.length;
    if (part.descriptor) {
      const descriptor = new Uint8Array(16);
      const fields = new DataView(descriptor.buffer);
      fields.setUint32(0, 0x08074b50, true);
      fields.setUint32(4, part.descriptor.crc ?? CRC, true);
      fields.setUint32(8, part.descriptor.size ?? data.length, true);
      fields.setUint32(12, part.descriptor.size ?? data.length, true);
      local.push(descriptor);
      offset += descriptor.length;
    }
    if (part.listed === false) continue;
    const name = strToU8(part.path);
    const record = new Uint8Array(46 + name.length);
    const entry = new DataView(record.buffer);
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(8, flags, true);
    entry.setUint32(16, CRC, true);
    entry.setUint32(20, data.length, true);
    entry.setUint32(24, data.length, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, at, true);
    if (part.mode !== undefined) {
      entry.setUint16(4, 0x031e, true);
      entry.setUint32(38, part.mode * 0x10000, true);
    }
    record.set(name, 46);
    directory.push(record);
  }
  const size = directory.reduce((sum, record) => sum + record.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, directory.length, true);
  view.setUint16(10, directory.length, true);
  view.setUint32(12, size, true);
  view.setUint32(16, offset, true);
  return new Blob([...local, ...directory, end, strToU8(after)] as BlobPart[]);
}

const batch = { path: 'batch.json', data: '{"format":"spoor-batch"}' };
const evidence = { path: 'evidence/a.png', data: '\x89PNG' };

describe('readZip refuses archives that unzip tools read differently', () => {
  it('reads an archive laid out as a writer lays one out', async () => {
    const files = await readZip(craft([batch, evidence]));
    expect(files.map((file) => file.path)).toEqual(['batch.json', 'evidence/a.png']);
  });

  it('refuses a file hidden between two others, which no directory record names', async () => {
    const hidden = { path: 'evil.html', data: '<script>fetch("https://seller.example")</script>', listed: false };
    await expect(readZip(craft([batch, hidden, evidence]))).rejects.toThrow(
      /bytes before evidence\/a\.png that no directory record names/,
    );
    await expect(readZip(craft([batch, evidence, hidden]))).rejects.toThrow(
      /bytes before the directory that no directory record names/,
    );
  });

  it('refuses a local header that names another file than the directory does', async () => {
    await expect(readZip(craft([batch, { ...evidence, localPath: 'evidence/a.htm' }]))).rejects.toThrow(
      'evidence/a.png: its local header names it "evidence/a.htm"',
    );
  });

  it('refuses a local header stating other sizes than the directory: a streaming unzip finds a file hidden inside', async () => {
    // What a tool reading local headers sees: the screenshot's first bytes, then a batch.csv planted in the rest.
    const planted = { path: 'batch.csv', data: '"title"\r\n"=HYPERLINK(""https://seller.example"")"' };
    const inner = new Uint8Array(await craft([planted]).arrayBuffer());
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...inner]);
    const carrier = { path: 'evidence/a.png', data, local: { size: 4 } };
    await expect(readZip(craft([batch, carrier]))).rejects.toThrow(
      `evidence/a.png: its local header says 4 bytes (4 unpacked), the directory ${data.length} (${data.length} unpacked)`,
    );
  });

  it('refuses a local header whose CRC-32 or data-descriptor flag is not the directory’s', async () => {
    await expect(readZip(craft([batch, { ...evidence, local: { crc: 7 } }]))).rejects.toThrow(
      /evidence\/a\.png: its local header and the directory disagree about its CRC-32/,
    );
    await expect(readZip(craft([batch, { ...evidence, local: { flags: DESCRIPTOR_FLAG } }]))).rejects.toThrow(
      /evidence\/a\.png: its local header and the directory disagree about where its sizes are/,
    );
  });

  it('refuses a data descriptor stating other sizes or another CRC-32 than the directory', async () => {
    await expect(readZip(craft([{ ...batch, descriptor: { size: 3 } }, evidence]))).rejects.toThrow(
      'batch.json: its data descriptor says 3 bytes (3 unpacked), the directory 24 (24 unpacked)',
    );
    await expect(readZip(craft([batch, { ...evidence, descriptor: { crc: 7 } }]))).rejects.toThrow(
      /evidence\/a\.png: its data descriptor and the directory disagree about its CRC-32/,
    );
  });

  it('reads files ending in data descriptors that agree with the directory', async () => {
    const files = await readZip(
      craft([
        { ...batch, descriptor: {} },
        { ...evidence, descriptor: {} },
      ]),
    );
    expect(await Promise.all(files.map(async (file) => (await file.open()).size))).toEqual([24, 5]);
  });

  it('refuses two directory records sharing one file’s bytes', async () => {
    await expect(readZip(craft([batch, { ...evidence, sharesWith: 0 }]))).rejects.toThrow(
      /evidence\/a\.png overlaps the file before it/,
    );
  });

  it('refuses bytes after the end record (a comment, or a second archive appended)', async () => {
    await expect(readZip(craft([batch], '<html>'))).rejects.toThrow(/data after the archive/);
  });

  it('refuses two names that differ only in case or accents (one overwrites the other when unpacked)', async () => {
    await expect(readZip(craft([batch, { ...batch, path: 'Batch.json' }]))).rejects.toThrow(
      'files "batch.json" and "Batch.json" differ only in case or accents',
    );
    await expect(
      readZip(
        craft([
          { path: 'caf\u00e9.txt', data: 'a' },
          { path: 'cafe\u0301.txt', data: 'b' },
        ]),
      ),
    ).rejects.toThrow(/differ only in case or accents/);
  });

  it('refuses a symbolic link (unpacked, batch.csv would point at a file of the coordinator’s)', async () => {
    await expect(readZip(craft([batch, { path: 'batch.csv', data: '/etc/passwd', mode: 0o120777 }]))).rejects.toThrow(
      'file "batch.csv" is a symbolic link',
    );
    expect(await readZip(craft([batch, { path: 'batch.csv', data: 'a,b', mode: 0o100644 }]))).toHaveLength(2);
  });

  it("reads Spoor's own archives, whose files end in data descriptors", async () => {
    async function* entries() {
      yield { path: 'x.png', bytes: new Uint8Array([1, 2, 3]), compress: false };
      yield { path: 'y.json', bytes: strToU8('{"a":1}'), compress: true };
    }
    const zip = await bytesOf(zipStream(entries(), new Date('2026-03-01T00:00:00.000Z')));
    const files = await readZip(new Blob([zip]));
    expect(await Promise.all(files.map(async (file) => (await file.open()).size))).toEqual([3, 7]);
  });
});
