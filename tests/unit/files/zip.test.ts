import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from '@/lib/files/zip-reader';
import { zipStream, type ZipEntry } from '@/lib/files/zip-writer';
import { bytesOf } from '../export/builder';

async function* entries(...list: ZipEntry[]) {
  yield* list;
}

describe('readZip', () => {
  it('reads stored and deflated files of an archive fflate wrote', async () => {
    const archive = zipSync({
      'a.txt': [strToU8('stored text'), { level: 0 }],
      'b.txt': [strToU8('deflated '.repeat(50)), { level: 9 }],
    });
    const files = await readZip(new Blob([archive]));
    expect(
      await Promise.all(files.map(async (file) => [file.path, file.size, await (await file.open()).text()])),
    ).toEqual([
      ['a.txt', 11, 'stored text'],
      ['b.txt', 450, 'deflated '.repeat(50)],
    ]);
  });

  it('names the file whose compressed bytes are damaged', async () => {
    const archive = zipSync({ 'b.txt': [strToU8('deflated '.repeat(50)), { level: 9 }] });
    archive.fill(0xff, 40, 50);
    const [file] = await readZip(new Blob([archive]));
    await expect(file!.open()).rejects.toThrow(/^b\.txt: /);
  });
});

describe('zipStream', () => {
  it('writes an archive its reader reads back, stored and deflated', async () => {
    const zip = await bytesOf(
      zipStream(
        entries(
          { path: 'x.png', bytes: new Uint8Array([1, 2, 3]), compress: false },
          { path: 'y.json', bytes: strToU8('{}'), compress: true },
        ),
        new Date(2026, 2, 20, 12, 0),
      ),
    );
    const files = await readZip(new Blob([zip]));
    expect(
      await Promise.all(
        files.map(async (file) => [file.path, [...new Uint8Array(await (await file.open()).arrayBuffer())]]),
      ),
    ).toEqual([
      ['x.png', [1, 2, 3]],
      ['y.json', [0x7b, 0x7d]],
    ]);
  });

  it('stops before the archive would pass the size it can address, naming the file', async () => {
    const big = { path: 'evidence/big.png', bytes: new Uint8Array(200), compress: false };
    await expect(bytesOf(zipStream(entries(big), new Date(), 100))).rejects.toThrow(
      '4 GB / 65,535-file limit at evidence/big.png',
    );
  });
});
