import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, type ImportProblem } from '@/lib/dictionary/checklist/errors';
import { checkInWorker, type WorkerPort } from '@/lib/dictionary/checklist/worker-client';
import { serveChecklistChecks } from '@/lib/dictionary/checklist/worker-service';
import { activateStaged, storeStaged } from '@/lib/active-dictionary/staged';
import { ZIP_MAGIC, cutAfter, empty, encoded, noise, removeSparseFiles, sparseGigabyte, truncated } from './corpus';
import { CHECKLIST_FIXTURE, dumpProfile, emptyProfile, freshIndexedDb, seededProfile, type Profile } from './profile';
import { deflateBomb } from './zip-craft';

const goodText = readFileSync(CHECKLIST_FIXTURE, 'utf8');
const good = new Blob([goodText]);
let target: Profile;
let before: unknown;

beforeAll(async () => {
  freshIndexedDb();
  target = await seededProfile('researcher');
  before = await dumpProfile(target);
}, 60_000);
afterAll(removeSparseFiles);

/** The good checklist with its text changed. */
const edited = (change: (text: string) => string) => () => new Blob([change(goodText)]);
const lastRow = goodText.trimEnd().split('\n').at(-1)!;

/** A gzip member around raw deflate data; the trailer's CRC is never reached by a reader that stops at its limit. */
const gzipOf = (deflated: Uint8Array<ArrayBuffer>) =>
  new Blob([Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff), deflated, new Uint8Array(8)]);
const header = goodText.slice(0, goodText.indexOf('\n') + 1).replace(/^\uFEFF/, '');

type Case = [
  string,
  () => Blob | Promise<Blob>,
  Partial<Record<keyof ImportProblem, string | number | RegExp>> & { message: RegExp },
];

/**
 * CITES Checklist CSV (or .csv.gz) on the options page. Problems carry the row (header = 1) and column where there is
 * one.
 */
const cases: Case[] = [
  ['empty (0 bytes)', () => empty(), { message: /The file is empty/ }],
  [
    'truncated inside the header row',
    () => truncated(good, 0.05),
    { row: 1, message: /lacks the column\(s\) SynonymsWithAuthors/ },
  ],
  [
    'truncated in the middle of a row',
    () => cutAfter(good, '5,Animalia,Chordata,Reptilia'),
    { row: 6, message: /the file ends mid-row, the download looks cut off/ },
  ],
  [
    'truncated inside a quoted value',
    () => cutAfter(good, 'Loxodonta africana,"(Blumen'),
    { message: /cut off|ends inside/ },
  ],
  [
    'a truncated .csv.gz',
    () => truncated(new Blob([gzipSync(goodText)]), 0.6),
    { message: /compressed file is damaged or incomplete/ },
  ],
  ['binary noise', () => noise(64 * 1024), { message: /binary data, not CSV text/ }],
  ['a spreadsheet (.xlsx, a ZIP)', () => noise(4096, ZIP_MAGIC), { message: /spreadsheet \(\.xlsx\), not CSV/ }],
  [
    'a web page instead of the export',
    () => new Blob(['<!doctype html><title>Log in</title>']),
    { message: /web page/ },
  ],
  [
    'UTF-16LE with a byte order mark',
    () => new Blob([encoded(goodText, 'utf-16le-bom')]),
    { message: /UTF-16 text; Spoor reads UTF-8 CSV/ },
  ],
  [
    'UTF-16BE with a byte order mark',
    () => new Blob([encoded(goodText, 'utf-16be-bom')]),
    { message: /UTF-16 text; Spoor reads UTF-8 CSV/ },
  ],
  [
    'UTF-16LE without a byte order mark',
    () => new Blob([encoded(goodText, 'utf-16le')]),
    { message: /binary data.*UTF-16/ },
  ],
  [
    'Windows-1252 (Latin-1) accents',
    () => new Blob([encoded(goodText, 'windows-1252')]),
    { message: /not UTF-8 text/ },
  ],
  [
    'another CSV (not a checklist)',
    () => new Blob(['name,age\nRex,3\n']),
    { row: 1, message: /not a CITES Checklist or Species\+ export/ },
  ],
  [
    'an export whose columns changed',
    edited((text) => text.replace('FrenchNames', 'NomsFrancais')),
    { row: 1, message: /lacks the column\(s\) FrenchNames/ },
  ],
  [
    'a duplicated taxon',
    edited((text) => `${text.trimEnd()}\n${lastRow.replace(/^11,/, '12,')}\n`),
    { row: 13, column: 'FullName', message: /'Panthera tigris' repeats row 12/ },
  ],
  [
    'a gzip bomb (a header, then 1 GiB of blank lines)',
    () => gzipOf(deflateBomb({ bytes: 2 ** 30, prefix: new TextEncoder().encode(header), fill: 0x0a }).data),
    { message: /unpacks to more than 256 MB/ },
  ],
  [
    'a 1 GB file (sparse)',
    () => sparseGigabyte(),
    { message: /1,024 MB; Spoor reads checklist files of up to 256 MB/ },
  ],
];

/** The worker service wired in process, messages cloned as postMessage clones them. */
function inProcessWorker(): WorkerPort {
  const toPage: Array<(event: { data: unknown }) => void> = [];
  const toWorker: Array<(event: { data: unknown }) => void> = [];
  serveChecklistChecks({
    postMessage: (message) => toPage.forEach((listener) => listener({ data: structuredClone(message) })),
    addEventListener: (_type, listener) => toWorker.push(listener),
  });
  return {
    postMessage: (message) => toWorker.forEach((listener) => listener({ data: message })),
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) =>
      type === 'message' && toPage.push(listener),
    terminate: () => undefined,
  } as WorkerPort;
}

/** What the options page does: check the file in the worker, and only if it passes stage and activate it. */
async function importChecklist(profile: Profile, file: Blob): Promise<ImportProblem[]> {
  try {
    const checked = await checkInWorker(file, { listingsAsOf: '2017-04-21' }, inProcessWorker);
    await activateStaged(profile.area, await storeStaged(profile.area, checked.chunks, 'checklist.csv'));
    return [];
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
}

describe('a broken checklist is rejected, the active dictionary unchanged', () => {
  it.each(cases)('%s', { timeout: 60_000 }, async (_case, make, expected) => {
    const problems = await importChecklist(target, await make());

    const matchers = Object.fromEntries(
      Object.entries(expected).map(([key, value]) => [
        key,
        value instanceof RegExp ? expect.stringMatching(value) : value,
      ]),
    );
    expect(problems).toContainEqual(expect.objectContaining(matchers));
    expect(await dumpProfile(target)).toEqual(before);
  });
});

it('the untouched checklist imports into an empty profile, so each case fails for its change alone', async () => {
  const fresh = await emptyProfile('control');
  expect(await importChecklist(fresh, good)).toEqual([]);
  expect(fresh.area.keys().length).toBeGreaterThan(0);
});
