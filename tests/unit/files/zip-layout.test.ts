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
  data: string;
  /** The name the local header gives, where it lies about the directory's. */
  localPath?: string;
  /** False: the bytes are in the archive but no directory record names them (a hidden file). */
  listed?: boolean;
  /** The directory record points at another part's local header (two names sharing bytes). */
  sharesWith?: number;
  /** Made on Unix with this file mode (0o120777: a symbolic link). */
  mode?: number;
}

/** An archive of stored parts, laid out byte by byte, with what comes after the end record. */
function craft(parts: readonly Part[], after = ''): Blob {
  const local: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = strToU8(part.data);
    const localName = strToU8(part.localPath ?? part.path);
    const header = new Uint8Array(30 + localName.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(26, localName.length, true);
    view.setUint32(18, data.length, true);
    view.setUint32(22, data.length, true);
    header.set(localName, 30);
    offsets.push(offset);
    local.push(header, data);
    const at = part.sharesWith === undefined ? offset : offsets[part.sharesWith]!;
    offset += header.length + data.length;
    if (part.listed === false) continue;
    const name = strToU8(part.path);
    const record = new Uint8Array(46 + name.length);
    const entry = new DataView(record.buffer);
    entry.setUint32(0, 0x02014b50, true);
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
