import { describe, expect, it } from 'vitest';
import { batchJson } from '@/lib/export/json';
import { importBatchFile } from '@/lib/import/validate';
import type { Flag } from '@/lib/records/flag';
import { batchMeta, ben, flag, observation, resign, signedBatch, uuid } from '../export/builder';
import { rawZip, utf8, withEntry, zip64Extra, type RawEntry } from '../reliability/bad-inputs/zip-craft';
import {
  honestEntries,
  importText,
  importZip,
  noneKnown,
  problemsOf,
  resignedBundle,
  unicodePathExtra,
} from './forger-fixtures';

/*
 * forge34: forgeries none of the earlier forger tests tried, each through the real import, keeping every hash and
 * signature valid that a forger holding Anna's key can keep. Each must be refused, naming the file (and the entry,
 * row or field); the honest files beside them must still import.
 */

const SCREENSHOT = /^evidence\/[0-9a-f]{64}\.png$/;
const screenshotOf = (entries: readonly RawEntry[]) => entries.find((entry) => SCREENSHOT.test(entry.path))!.path;
const refusedZip = (message: RegExp | string) =>
  expect.arrayContaining([
    expect.objectContaining({
      file: 'anna.zip',
      message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
    }),
  ]);

/** The archive with the directory record of `path` written twice: two records for one local file. */
async function withRecordTwice(entries: readonly RawEntry[], path: string): Promise<Blob> {
  const bytes = new Uint8Array(await rawZip(entries).arrayBuffer());
  const view = new DataView(bytes.buffer);
  const end = bytes.length - 22;
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  let at = start;
  let record: Uint8Array<ArrayBuffer> | undefined;
  for (let index = 0; index < count; index += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const length = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === path)
      record = bytes.slice(at, at + length);
    at += length;
  }
  if (!record) throw new Error(`no ${path} in the archive`);
  const tail = bytes.slice(end);
  const tailView = new DataView(tail.buffer);
  tailView.setUint16(8, count + 1, true);
  tailView.setUint16(10, count + 1, true);
  tailView.setUint32(12, at - start + record.length, true);
  return new Blob([bytes.subarray(0, end), record, tail]);
}

const importFlags = async (flags: readonly Flag[]) => importText(batchJson(await signedBatch(flags, batchMeta(1))));

describe('a ZIP entry named otherwise in its local header than in the directory', () => {
  it('refuses a Unicode Path field in the local header alone (a streaming unzip unpacks that name)', async () => {
    const entries = await honestEntries();
    const shot = screenshotOf(entries);
    const forged = withEntry(entries, shot, (entry) => ({
      ...entry,
      localExtra: unicodePathExtra('readme.html', entry.path),
    }));
    expect(problemsOf(await importZip(forged))).toEqual(refusedZip('"readme.html"'));
  });

  it('refuses a local Unicode Path field naming another file than the directory one (which repeats the name)', async () => {
    const entries = await honestEntries();
    const forged = withEntry(entries, 'batch.csv', (entry) => ({
      ...entry,
      extra: unicodePathExtra('batch.csv', 'batch.csv'),
      localExtra: unicodePathExtra('batch.html', 'batch.csv'),
    }));
    expect(problemsOf(await importZip(forged))).toEqual(refusedZip('"batch.html"'));
  });

  it('refuses a directory Unicode Path field naming another file than the local one', async () => {
    const entries = await honestEntries();
    const forged = withEntry(entries, 'batch.csv', (entry) => ({
      ...entry,
      extra: unicodePathExtra('batch.html', 'batch.csv'),
      localExtra: unicodePathExtra('batch.csv', 'batch.csv'),
    }));
    expect(problemsOf(await importZip(forged))).toEqual(refusedZip('"batch.html"'));
  });

  it('accepts Unicode Path fields that repeat the name in both headers', async () => {
    const entries = withEntry(await honestEntries(), 'batch.csv', (entry) => ({
      ...entry,
      extra: unicodePathExtra('batch.csv', 'batch.csv'),
    }));
    expect((await importZip(entries)).status).toBe('ready');
  });
});

describe('ZIP records that disagree about a file', () => {
  it('refuses a directory record written twice for one local file', async () => {
    const entries = await honestEntries();
    const result = await importBatchFile(await withRecordTwice(entries, 'batch.csv'), 'anna.zip', noneKnown);
    expect(problemsOf(result)).toEqual(refusedZip('batch.csv'));
  });

  it('refuses a data descriptor stating other sizes than the directory', async () => {
    const entries = withEntry(await honestEntries(), 'batch.csv', (entry) => ({
      ...entry,
      descriptor: { compressedSize: 10, size: 10 },
    }));
    expect(problemsOf(await importZip(entries))).toEqual(refusedZip(/batch\.csv.*data descriptor/));
  });

  it('accepts a data descriptor stating what the directory states', async () => {
    const entries = withEntry(await honestEntries(), 'batch.csv', (entry) => ({
      ...entry,
      descriptor: { compressedSize: entry.data.length, size: entry.data.length },
    }));
    expect((await importZip(entries)).status).toBe('ready');
  });

  it('refuses a local header deferring its sizes to a ZIP64 field stating others (the directory states 32-bit ones)', async () => {
    const entries = withEntry(await honestEntries(), 'batch.csv', (entry) => ({
      ...entry,
      localSize: 0xffffffff,
      localExtra: zip64Extra(3, 3),
    }));
    expect(problemsOf(await importZip(entries))).toEqual(refusedZip('batch.csv'));
  });
});

describe("a bundle's manifest re-signed with what Spoor never lists", () => {
  it('refuses a manifest listing one file twice', async () => {
    const forged = await resignedBundle(await honestEntries(), (manifest) => {
      manifest.files.push({ ...manifest.files.find((file) => file.path === 'batch.csv')! });
    });
    expect(problemsOf(await importZip(forged))).toContainEqual(
      expect.objectContaining({ file: 'manifest.json', path: expect.stringContaining('files') as string }),
    );
  });

  it('refuses a file whose name shows as batch.csv (a zero-width space after it), listed and hashed', async () => {
    const entries = await honestEntries();
    const forged = await resignedBundle([...entries, { path: 'batch.csv\u200B', data: utf8('"flag_id"\r\n') }]);
    expect(problemsOf(await importZip(forged))).toContainEqual(
      expect.objectContaining({ file: expect.stringContaining('batch.csv') as string }),
    );
  });

  it('refuses a manifest stating another size for a file than its bytes (its hash true)', async () => {
    const forged = await resignedBundle(await honestEntries(), (manifest) => {
      manifest.files.find((file) => file.path === 'batch.csv')!.bytes += 1;
    });
    expect(problemsOf(await importZip(forged))).toContainEqual(expect.objectContaining({ file: 'batch.csv' }));
  });

  it('accepts the honest bundle re-sealed and re-signed unchanged', async () => {
    expect((await importZip(await resignedBundle(await honestEntries()))).status).toBe('ready');
  });
});

describe('a signed batch.json that Spoor could not have written', () => {
  it('refuses a batch signed by another researcher than the one it names', async () => {
    const annas = await signedBatch([flag({ n: 1, observations: [await observation({ n: 1 })] })], batchMeta(1));
    const forged = await resign(annas, 'ben.o'); // its signature replaced by one of Ben's key
    expect(problemsOf(await importText(batchJson(forged)))).toContainEqual(
      expect.objectContaining({ file: 'anna.json', path: expect.stringContaining('signature') as string }),
    );
  });

  it("refuses two flags under one id, one holding Ben's observation", async () => {
    const annas = flag({ n: 1, observations: [await observation({ n: 1 })] });
    const bens = flag({ n: 1, observations: [await observation({ n: 2, by: ben })] });
    expect(problemsOf(await importFlags([annas, bens]))).toContainEqual(
      expect.objectContaining({
        file: 'anna.json',
        path: `flag ${uuid('flag', 1)}`,
        message: 'the same flag id appears twice',
      }),
    );
  });

  it.each(['1e999', '-1e999', 'NaN', 'Infinity'])('refuses an amount written %s', async (amount) => {
    const made = flag({ n: 1, observations: [await observation({ n: 1 })] });
    const text = batchJson(await signedBatch([made], batchMeta(1)));
    expect(text).toContain('"amount": 450,');
    expect(problemsOf(await importText(text.replace('"amount": 450,', `"amount": ${amount},`)))).toEqual([
      expect.objectContaining({ file: 'anna.json' }),
    ]);
  });

  it.each(['2026-03-10T10:30:00.000+01:00', '2026-03-10 09:30:00.000Z'])(
    'refuses a capture time written otherwise than in UTC as Spoor writes it: %s',
    async (capturedAt) => {
      const made = flag({ n: 1, observations: [await observation({ n: 1, capturedAt: '2026-03-10T09:30:00.000Z' })] });
      const raw = JSON.parse(batchJson(await signedBatch([made], batchMeta(1)))) as { flags: Flag[] };
      raw.flags[0]!.observations[0]!.capturedAt = capturedAt;
      expect(problemsOf(await importText(JSON.stringify(await resign(raw), null, 2)))).toContainEqual(
        expect.objectContaining({ file: 'anna.json', path: expect.stringContaining('capturedAt') as string }),
      );
    },
  );

  it('accepts observations whose capture times run backwards (a clock set back: an early time is never refused)', async () => {
    const made = flag({
      n: 1,
      observations: [
        await observation({ n: 1, capturedAt: '2026-03-12T09:30:00.000Z' }),
        await observation({ n: 2, capturedAt: '2026-03-10T09:30:00.000Z' }),
      ],
    });
    expect((await importFlags([made])).status).toBe('ready');
  });

  it('accepts an honest flag of two observations', async () => {
    const made = flag({
      n: 1,
      observations: [
        await observation({ n: 1, capturedAt: '2026-03-10T09:30:00.000Z' }),
        await observation({ n: 2, capturedAt: '2026-03-12T09:30:00.000Z' }),
      ],
    });
    expect((await importFlags([made])).status).toBe('ready');
  });
});
