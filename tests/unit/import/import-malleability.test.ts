import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleStream } from '@/lib/export/bundle';
import { importBatchFile, type ImportResult } from '@/lib/import/validate';
import { batchJson } from '@/lib/export/json';
import { canonicalJson, recordHash, sha256Hex } from '@/lib/integrity/hash';
import { verifyDocument } from '@/lib/signing/sign';
import type { BatchDocument } from '@/lib/batch-format/schema';
import type { Observation } from '@/lib/records/flag';
import { takedownGroups, takedownText } from '@/lib/takedown/lists';
import {
  annasBatch,
  batchMeta,
  bytesOf,
  evidence,
  flag,
  manifestSigner,
  observation,
  resign,
  signedBatch,
} from '../export/builder';

/*
 * Forged batches that keep a valid signature (redteam13). A signature says a
 * file is what its researcher signed; a file that a third party could change
 * without breaking it, or that says two things at once, must be refused. And
 * a sender who signs their own file may still not hand the coordinator
 * evidence that is not what its record says it is.
 */

const noneKnown = { knownBatches: new Map<string, string>() };

function problemsOf(result: ImportResult) {
  if (result.status !== 'invalid') throw new Error(`expected problems, got ${result.status}`);
  return result.problems;
}

const json = (text: string) => new Blob([text]);

describe('a signed batch.json changed without breaking its signature', () => {
  it('is refused when a key appears twice in one object (a reader keeps one value, the file says two things)', async () => {
    const { doc } = await annasBatch();
    const text = batchJson(doc);
    // The first "title" is what a person or a first-wins reader sees; JSON.parse keeps the last, which was signed.
    const forged = text.replace('"title":', '"title": "a harmless carving", "title":');
    expect(forged).not.toBe(text);
    expect(await verifyDocument(JSON.parse(forged))).toMatchObject({ status: 'valid' });
    const problems = problemsOf(await importBatchFile(json(forged), 'anna.json', noneKnown));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'anna.json', path: '' });
    expect(problems[0]!.message).toContain('"title" appears twice');
  });

  it('is refused when a key is written twice with an escape ("\\u0074itle" is "title")', async () => {
    const { doc } = await annasBatch();
    const forged = batchJson(doc).replace('"title":', '"\\u0074itle": "a harmless carving", "title":');
    const problems = problemsOf(await importBatchFile(json(forged), 'anna.json', noneKnown));
    expect(problems[0]!.message).toContain('"title" appears twice');
  });

  it('is refused when it gains a __proto__ member, which the signature and the schema would both pass over', async () => {
    const { doc } = await annasBatch();
    const forged = batchJson(doc).replace(/"batch":\s*\{/, '"batch":{"__proto__":{"researcher":"someone else"},');
    expect(forged).not.toBe(batchJson(doc));
    const problems = problemsOf(await importBatchFile(json(forged), 'anna.json', noneKnown));
    expect(problems[0]!.message).toContain('__proto__');
  });

  it('accepts the same keys in different objects and the same text as a value and as a key', async () => {
    const { doc } = await annasBatch();
    const result = await importBatchFile(json(batchJson(doc)), 'anna.json', noneKnown);
    expect(result.status).toBe('ready');
  });
});

describe('canonical JSON covers every member a file holds', () => {
  it('keeps a __proto__ member as a member, so a hash or signature over it changes when it is added', async () => {
    const raw = JSON.parse('{"b":1,"__proto__":{"a":2}}') as object;
    expect(canonicalJson(raw)).toBe('{"__proto__":{"a":2},"b":1}');
    expect(await sha256Hex(canonicalJson(raw))).not.toBe(await sha256Hex(canonicalJson({ b: 1 })));
  });

  it('a __proto__ member added to a signed document breaks its signature', async () => {
    const { doc } = await annasBatch();
    const forged = JSON.parse(batchJson(doc).replace('{', '{"__proto__":{"format":"x"},')) as object;
    expect(await verifyDocument(forged)).toMatchObject({ status: 'invalid' });
  });
});

describe('a bundle manifest changed without breaking its signature', () => {
  it('is refused when it lists a file twice under two spellings of "files"', async () => {
    const { doc, getArtifact } = await annasBatch();
    const zip = await bytesOf(bundleStream({ batch: doc, getArtifact, signManifest: manifestSigner() }));
    const unpacked = unzipSync(zip);
    const manifest = new TextDecoder().decode(unpacked['manifest.json']);
    const forged = manifest.replace('"files":', '"files":[],"files":');
    const repacked = zipSync({ ...unpacked, 'manifest.json': strToU8(forged) });
    const problems = problemsOf(await importBatchFile(new Blob([repacked]), 'anna.zip', noneKnown));
    expect(problems[0]).toMatchObject({ file: 'manifest.json' });
    expect(problems[0]!.message).toContain('"files" appears twice');
  });
});

/** A bundle of one flag whose one observation references `file` (signed by Anna: she sends what she likes). */
async function bundleWith(file: Awaited<ReturnType<typeof evidence>>) {
  const made = flag({ n: 1, observations: [await observation({ n: 1, artifacts: [file.ref] })] });
  const doc = await signedBatch([made], batchMeta(1));
  const getArtifact = async () => file.blob;
  return new Blob([await bytesOf(bundleStream({ batch: doc, getArtifact, signManifest: manifestSigner() }))]);
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('evidence whose bytes are not what its record says they are', () => {
  it('refuses a "screenshot" that is an HTML page (evidence/<sha>.html would run when opened)', async () => {
    const page = await evidence('screenshot', '<script>fetch("https://seller.example/seen")</script>', 'text/html');
    const problems = problemsOf(await importBatchFile(await bundleWith(page), 'anna.zip', noneKnown));
    expect(problems.map((problem) => problem.message).join('\n')).toContain(
      'a screenshot must be a PNG, JPEG or WebP image',
    );
  });

  it('refuses a screenshot labelled PNG whose bytes are not a PNG', async () => {
    const fake = await evidence('screenshot', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/png');
    const problems = problemsOf(await importBatchFile(await bundleWith(fake), 'anna.zip', noneKnown));
    expect(problems.map((problem) => problem.message).join('\n')).toContain('not a PNG image');
  });

  it("refuses an HTML snapshot that does not start with Spoor's Content-Security-Policy (it would run the page's scripts)", async () => {
    const page = await evidence(
      'snapshot',
      '<!DOCTYPE html><script>fetch("https://seller.example/seen")</script>',
      'text/html',
    );
    const problems = problemsOf(await importBatchFile(await bundleWith(page), 'anna.zip', noneKnown));
    expect(problems.map((problem) => problem.message).join('\n')).toContain('Content-Security-Policy');
  });

  it('refuses an MHTML snapshot that is not MIME (an HTML page named .mhtml)', async () => {
    const page = await evidence('snapshot', '<html><script>alert(1)</script></html>', 'multipart/related');
    const problems = problemsOf(await importBatchFile(await bundleWith(page), 'anna.zip', noneKnown));
    expect(problems.map((problem) => problem.message).join('\n')).toContain('not an MHTML archive');
  });

  it('accepts a PNG screenshot and an MHTML snapshot', async () => {
    const shot = await evidence('screenshot', PNG);
    const made = flag({ n: 1, observations: [await observation({ n: 1, artifacts: [shot.ref] })] });
    const doc = await signedBatch([made], batchMeta(1));
    const zip = await bytesOf(
      bundleStream({ batch: doc, getArtifact: async () => shot.blob, signManifest: manifestSigner() }),
    );
    expect((await importBatchFile(new Blob([zip]), 'anna.zip', noneKnown)).status).toBe('ready');
    const page = await evidence('snapshot', 'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n\r\n');
    expect((await importBatchFile(await bundleWith(page), 'anna.zip', noneKnown)).status).toBe('ready');
  });
});

describe("a batch header that does not describe the batch's flags", () => {
  it('is refused when its date range is not the span of its observations (signed by the sender)', async () => {
    const { doc } = await annasBatch();
    const forged: BatchDocument = {
      ...doc,
      batch: { ...doc.batch, dateRange: { from: '2025-01-01T00:00:00.000Z', to: doc.batch.dateRange.to } },
    };
    const problems = problemsOf(
      await importBatchFile(json(JSON.stringify(await resign(forged))), 'anna.json', noneKnown),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'batch.dateRange.from',
        message: expect.stringContaining(doc.batch.dateRange.from) as string,
      }),
    ]);
  });

  it('is refused when the batch was made after the moment it is imported (a clock or a date set ahead)', async () => {
    const { doc } = await annasBatch();
    const now = new Date('2026-03-20T11:00:00.000Z'); // an hour before the batch says it was made: within the skew allowed
    expect((await importBatchFile(json(batchJson(doc)), 'anna.json', { ...noneKnown, now })).status).toBe('ready');
    const early = new Date('2026-03-18T12:00:00.000Z');
    const problems = problemsOf(await importBatchFile(json(batchJson(doc)), 'anna.json', { ...noneKnown, now: early }));
    expect(problems[0]).toMatchObject({ path: 'batch.createdAt' });
    expect(problems[0]!.message).toContain('in the future');
  });

  it('is refused when an observation was captured after the batch was made', async () => {
    const late: Observation = await observation({ n: 1, capturedAt: '2026-03-25T09:00:00.000Z' });
    expect(late.recordSha256).toBe(await recordHash(late, 'recordSha256'));
    const doc = await signedBatch([flag({ n: 1, observations: [late] })], batchMeta(1));
    const problems = problemsOf(await importBatchFile(json(batchJson(doc)), 'anna.json', noneKnown));
    expect(problems[0]!.message).toContain('after the batch was made');
  });
});

describe('a canonical URL that is two lines in the file (held: the schema reads it as the URL parser does)', () => {
  // WHATWG URL parsing drops tabs and line breaks; a takedown list is one URL a line.
  const JOINED = 'https://www.ebay.de/itm/1https://www.ebay.de/str/honest-shop';

  it('is imported as one URL, and so written to a takedown list as one line', async () => {
    const made = flag({ n: 1, url: JOINED, observations: [await observation({ n: 1 })] });
    const signed = await signedBatch([made], batchMeta(1));
    const raw = JSON.parse(batchJson(signed).replace(JOINED, JOINED.replace('1https', '1\\nhttps'))) as BatchDocument;
    expect(raw.flags[0]!.canonicalUrl).toContain('\n');
    const result = await importBatchFile(json(JSON.stringify(await resign(raw))), 'anna.json', noneKnown);
    if (result.status !== 'ready') throw new Error(JSON.stringify(result));
    const imported = result.batch.document.flags;
    expect(imported[0]!.canonicalUrl).toBe(JOINED);
    expect(takedownText(takedownGroups(imported)[0]!).split('\n').filter(Boolean)).toEqual([JOINED]);
  });
});
