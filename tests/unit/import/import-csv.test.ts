import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Sums } from '@/lib/batch-format/manifest';
import { bundleStream } from '@/lib/export/bundle';
import { CSV_COLUMNS } from '@/lib/export/csv-columns';
import { csvContextOf } from '@/lib/export/json';
import { csvText } from '@/lib/files/csv';
import { sha256Hex } from '@/lib/integrity/hash';
import { importBatchFile, type ImportResult } from '@/lib/import/validate';
import { annasBatch, bytesOf, manifestSigner, resign } from '../export/builder';

const noneKnown = { knownBatches: new Map<string, string>() };

/**
 * Anna's bundle with batch.csv replaced, the manifest and SHA256SUMS rewritten to match and the manifest signed again:
 * what a sender (or anyone holding the key) can ship, whole but for what the CSV says.
 */
async function withCsv(forge: (csv: string, doc: Awaited<ReturnType<typeof annasBatch>>['doc']) => string) {
  const fixture = await annasBatch();
  const zip = await bytesOf(
    bundleStream({ batch: fixture.doc, getArtifact: fixture.getArtifact, signManifest: manifestSigner() }),
  );
  const files = unzipSync(zip);
  const csv = strToU8(forge(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['batch.csv']), fixture.doc));
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  for (const file of manifest.files)
    if (file.path === 'batch.csv') Object.assign(file, { sha256: await sha256Hex(csv), bytes: csv.length });
  const sums = strToU8(sha256Sums(manifest.files.filter((file: { path: string }) => file.path !== 'SHA256SUMS')));
  for (const file of manifest.files)
    if (file.path === 'SHA256SUMS') Object.assign(file, { sha256: await sha256Hex(sums), bytes: sums.length });
  const signed = await resign(manifest);
  const repacked = zipSync({
    ...files,
    'batch.csv': csv,
    SHA256SUMS: sums,
    'manifest.json': strToU8(JSON.stringify(signed)),
  });
  return { doc: fixture.doc, result: await importBatchFile(new Blob([repacked]), 'anna.zip', noneKnown) };
}

function problemsOf(result: ImportResult) {
  if (result.status !== 'invalid') throw new Error(`expected problems, got ${result.status}`);
  return result.problems;
}

describe('importBatchFile: batch.csv must say what batch.json says', () => {
  it('refuses a CSV whose cell says another title, naming the row, its flag and the column', async () => {
    const { doc, result } = await withCsv((csv) => csv.replace('"Statuette en ivoire"', '"Statuette en résine"'));
    expect(problemsOf(result)).toEqual([
      {
        file: 'batch.csv',
        path: `row 3 (flag ${doc.flags[1]!.id}) › title`,
        message: expect.stringMatching(/^batch\.json says "Statuette en ivoire": the CSV is not the one Spoor writes/),
      },
    ]);
  });

  it('refuses a row for a flag batch.json does not hold', async () => {
    const { result } = await withCsv((csv) => csv + csv.split('\r\n')[1] + '\r\n');
    expect(problemsOf(result)).toEqual([
      { file: 'batch.csv', path: 'row 4', message: expect.stringContaining("a row after the last flag's") },
    ]);
  });

  it('refuses a CSV without the byte-order mark (a spreadsheet reads its accents as other letters)', async () => {
    const { result } = await withCsv((csv) => csv.slice(1));
    expect(problemsOf(result)).toEqual([
      { file: 'batch.csv', path: 'row 1', message: expect.stringContaining('byte-order mark') },
    ]);
  });

  it('refuses mixed line ends (a row ended by LF alone), naming where the row stops matching', async () => {
    const { doc, result } = await withCsv((csv) => {
      const firstRowEnd = csv.indexOf('\r\n', csv.indexOf('\r\n') + 2);
      return `${csv.slice(0, firstRowEnd)}\n${csv.slice(firstRowEnd + 2)}`;
    });
    expect(problemsOf(result)).toEqual([
      {
        file: 'batch.csv',
        path: `row 2 (flag ${doc.flags[0]!.id}) › ${CSV_COLUMNS.at(-1)!.name}`,
        message: expect.stringContaining('not the one Spoor writes'),
      },
    ]);
  });

  it('refuses a column Spoor does not write (nothing checks what it says)', async () => {
    const { result } = await withCsv((csv) => csv.replace('\r\n', ',"verified_by_cites"\r\n'));
    expect(problemsOf(result)).toEqual([
      {
        file: 'batch.csv',
        path: `row 1, column ${CSV_COLUMNS.length + 1}`,
        message: expect.stringContaining('"verified_by_cites" is not a column Spoor writes'),
      },
    ]);
  });

  it('accepts the CSV of an older Spoor, without the columns added since (text_cut)', async () => {
    const older = CSV_COLUMNS.filter((column) => column.name !== 'text_cut');
    const { result } = await withCsv((_csv, doc) => {
      const context = csvContextOf(doc);
      const rows = doc.flags.map((flag) => older.map((column) => column.value(flag, context)));
      return csvText([older.map((column) => column.name), ...rows]);
    });
    expect(result.status).toBe('ready');
  });
});
