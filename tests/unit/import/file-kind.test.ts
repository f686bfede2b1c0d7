import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { wrongBatchFileKind } from '@/lib/import/file-kind';

const text = (content: string) => new Blob([content]);
const zip = (paths: string[]) => new Blob([zipSync(Object.fromEntries(paths.map((path) => [path, strToU8('{}')])))]);

describe('recognising files picked by mistake for a batch import', () => {
  it.each([
    ['a Spoor CSV export', text('\uFEFFflag_id,batch_id,canonical_url\r\n'), 'csv-export'],
    ['a CSV export saved with semicolons', text('flag_id;batch_id;canonical_url\n'), 'csv-export'],
    ['another CSV', text('name,price\nivory,12\n'), 'csv'],
    ['the CITES checklist', text('TaxonId,Kingdom,Phylum,Class,Order,Family,Genus,Species\n'), 'checklist'],
    ['a gzipped checklist', new Blob([new Uint8Array([0x1f, 0x8b, 8, 0])]), 'checklist'],
    ['a takedown URL list', text('https://shop.example/ad/1\nhttps://shop.example/ad/2\n'), 'url-list'],
    ['a Spoor backup', zip(['manifest.json', 'settings.json', 'flags.json']), 'backup'],
    ['some other ZIP', zip(['photos/1.jpg']), 'not-spoor-zip'],
  ])('names %s', async (_name, file, kind) => {
    expect(await wrongBatchFileKind(file)).toBe(kind);
  });

  it.each([
    ['a batch.json', text('{"format":"spoor-batch"}')],
    ['a batch.json with a byte-order mark', text('\uFEFF{"format":"spoor-batch"}')],
    ['an evidence bundle', zip(['manifest.json', 'batch.json', 'evidence/ab.png'])],
    ['an empty file', text('')],
    ['a damaged ZIP', new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])])],
    ['plain prose', text('hello there')],
    ['binary noise with commas in it', new Blob([new Uint8Array([0x89, 0x2c, 0x00, 0xff, 0x3b, 0x01, 0x2c])])],
  ])('leaves %s to the batch validation, which says what is wrong in detail', async (_name, file) => {
    expect(await wrongBatchFileKind(file)).toBeUndefined();
  });
});
