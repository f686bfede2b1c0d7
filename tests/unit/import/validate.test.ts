import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleStream } from '@/lib/export/bundle';
import { importBatchFile, type ImportResult } from '@/lib/import/validate';
import { batchJson } from '@/lib/export/json';
import { sha256Hex } from '@/lib/integrity/hash';
import { annasBatch, bytesOf, manifestSigner, resign } from '../export/builder';

const noneKnown = { knownBatches: new Map<string, string>() };

async function bundleBytes() {
  const fixture = await annasBatch();
  return {
    ...fixture,
    zip: await bytesOf(
      bundleStream({ batch: fixture.doc, getArtifact: fixture.getArtifact, signManifest: manifestSigner() }),
    ),
  };
}

function problemsOf(result: ImportResult) {
  if (result.status !== 'invalid') throw new Error(`expected problems, got ${result.status}`);
  return result.problems;
}

describe('importBatchFile: evidence bundles', () => {
  it('accepts an intact bundle and returns the batch with every evidence file verified', async () => {
    const { zip, doc, files } = await bundleBytes();
    const result = await importBatchFile(new Blob([zip]), 'anna.zip', noneKnown);
    if (result.status !== 'ready') throw new Error(JSON.stringify(result));
    expect(result.batch.document).toEqual(doc);
    expect(result.batch.evidenceIncluded).toBe(true);
    expect([...result.batch.artifacts.keys()].sort()).toEqual(files.map((file) => file.ref.sha256).sort());
    for (const [sha256, blob] of result.batch.artifacts) expect(await sha256Hex(blob)).toBe(sha256);
  });

  it('rejects a bundle with one byte of a screenshot changed, naming the file', async () => {
    const { zip, files } = await bundleBytes();
    const screenshot = Buffer.from(await files[0]!.blob.arrayBuffer());
    const at = Buffer.from(zip).indexOf(screenshot) + 5;
    zip[at] = zip[at]! ^ 0xff;
    const problems = problemsOf(await importBatchFile(new Blob([zip]), 'anna.zip', noneKnown));
    expect(problems[0]).toMatchObject({ file: `evidence/${files[0]!.ref.sha256}.png`, path: '' });
    expect(problems[0]!.message).toContain('changed or damaged');
  });

  /** The bundle with one screenshot replaced and the manifest rewritten to match it, re-signed or not. */
  async function forgedEvidence(resigned: boolean) {
    const { zip, files } = await bundleBytes();
    const unpacked = unzipSync(zip);
    const path = `evidence/${files[0]!.ref.sha256}.png`;
    const forged = strToU8('a different picture');
    const manifest = JSON.parse(new TextDecoder().decode(unpacked['manifest.json']));
    Object.assign(
      manifest.files.find((file: { path: string }) => file.path === path),
      { sha256: await sha256Hex(forged), bytes: forged.length },
    );
    const written = resigned ? await resign(manifest) : manifest;
    const repacked = zipSync({ ...unpacked, [path]: forged, 'manifest.json': strToU8(JSON.stringify(written)) });
    return { path, problems: problemsOf(await importBatchFile(new Blob([repacked]), 'anna.zip', noneKnown)) };
  }

  it('rejects a manifest rewritten after it was signed: the signature no longer matches', async () => {
    const { problems } = await forgedEvidence(false);
    expect(problems).toEqual([
      { file: 'manifest.json', path: 'signature', message: expect.stringContaining('signature does not match') },
    ]);
  });

  it('rejects altered evidence even when the sender rewrote and re-signed the manifest to match', async () => {
    const { path, problems } = await forgedEvidence(true);
    expect(problems.map((problem) => problem.file)).toContain(path);
    expect(problems.find((problem) => problem.file === path)!.message).toContain('the flag says');
  });

  it.each([
    ['cut short at the end', (zip: Uint8Array) => zip.slice(0, zip.length - 40)],
    ['cut in half', (zip: Uint8Array) => zip.slice(0, zip.length >> 1)],
  ])('rejects a truncated bundle (%s)', async (_case, truncate) => {
    const { zip } = await bundleBytes();
    const problems = problemsOf(await importBatchFile(new Blob([truncate(zip)]), 'anna.zip', noneKnown));
    expect(problems).toEqual([{ file: 'anna.zip', path: '', message: expect.stringContaining('truncated') }]);
  });

  type Files = Record<string, Uint8Array>;
  const without = (path: string) => (files: Files) =>
    Object.fromEntries(Object.entries(files).filter(([name]) => name !== path));
  it.each([
    ['without its manifest', without('manifest.json'), 'manifest.json', 'missing'],
    [
      'with a file the manifest does not list',
      (files: Files) => ({ ...files, 'extra.txt': strToU8('hi') }),
      'extra.txt',
      'not in the manifest',
    ],
    ['without batch.json', without('batch.json'), 'batch.json', 'missing'],
  ])('rejects a bundle %s', async (_case, edit, file, message) => {
    const { zip } = await bundleBytes();
    const problems = problemsOf(
      await importBatchFile(new Blob([zipSync(edit(unzipSync(zip)))]), 'anna.zip', noneKnown),
    );
    expect(problems.find((problem) => problem.file === file)?.message).toContain(message);
  });
});

describe('importBatchFile: batch.json', () => {
  it('accepts a valid batch.json without evidence', async () => {
    const { doc } = await annasBatch();
    const result = await importBatchFile(new Blob([batchJson(doc)]), 'batch.json', noneKnown);
    expect(result).toMatchObject({ status: 'ready', batch: { document: doc, evidenceIncluded: false } });
  });

  it('rejects a batch with an invalid flag, naming the flag id and field, and returns nothing else', async () => {
    const { doc } = await annasBatch();
    const broken = structuredClone(doc) as unknown as {
      flags: { observations: { capturedAt: string }[]; assessment: { suspicion: string } }[];
    };
    broken.flags[1]!.observations[0]!.capturedAt = 'last Tuesday';
    broken.flags[0]!.assessment.suspicion = 'very';
    const result = await importBatchFile(new Blob([JSON.stringify(await resign(broken))]), 'batch.json', noneKnown);
    expect(result).toEqual({
      status: 'invalid',
      moreProblems: 0,
      problems: [
        { file: 'batch.json', path: `flag ${doc.flags[0]!.id} › assessment.suspicion`, message: expect.any(String) },
        {
          file: 'batch.json',
          path: `flag ${doc.flags[1]!.id} › observations[0].capturedAt`,
          message: expect.any(String),
        },
      ],
    });
  });

  it('rejects an observation changed after capture (its record hash no longer matches)', async () => {
    const { doc } = await annasBatch();
    const edited = structuredClone(doc);
    edited.flags[0]!.observations[1]!.url = 'https://www.ebay.de/itm/2';
    const problems = problemsOf(
      await importBatchFile(new Blob([batchJson(await resign(edited))]), 'batch.json', noneKnown),
    );
    expect(problems).toContainEqual({
      file: 'batch.json',
      path: `flag ${doc.flags[0]!.id} › observations[1].recordSha256`,
      message: expect.stringContaining('changed after capture'),
    });
  });

  it.each([
    ['not JSON', () => 'PK? no, just text', '', 'not valid JSON'],
    ['another format', () => '{"format":"csv"}', 'format', 'not a Spoor batch'],
    ['a newer format version', () => '{"format":"spoor-batch","formatVersion":3}', 'formatVersion', 'newer Spoor'],
    [
      'an older, unsigned format version',
      () => '{"format":"spoor-batch","formatVersion":1}',
      'formatVersion',
      'older Spoor',
    ],
  ])('rejects %s', async (_case, text, path, message) => {
    const problems = problemsOf(await importBatchFile(new Blob([text()]), 'batch.json', noneKnown));
    expect(problems).toEqual([{ file: 'batch.json', path, message: expect.stringContaining(message) }]);
  });

  it('lists the first problems and counts the rest', async () => {
    const { doc } = await annasBatch();
    const broken = {
      ...doc,
      flags: doc.flags.map((flag) => ({ ...flag, canonicalUrl: 'nope', createdAt: 'then', updatedAt: 'now' })),
    };
    const result = await importBatchFile(new Blob([JSON.stringify(await resign(broken))]), 'batch.json', {
      ...noneKnown,
      maxProblems: 4,
    });
    expect(result).toMatchObject({ status: 'invalid', moreProblems: 2 });
    expect(problemsOf(result)).toHaveLength(4);
  });
});

describe('importBatchFile: a batch imported twice', () => {
  it.each([
    ['bundle', async () => (await bundleBytes()).zip],
    ['batch.json', async () => strToU8(batchJson((await annasBatch()).doc))],
  ])('recognises a %s already imported and changes nothing', async (_case, bytes) => {
    const { doc } = await annasBatch();
    const knownBatches = new Map([[doc.batch.id, '2026-04-02T08:00:00.000Z']]);
    expect(await importBatchFile(new Blob([await bytes()]), 'again', { knownBatches })).toEqual({
      status: 'duplicate',
      batchId: doc.batch.id,
      importedAt: '2026-04-02T08:00:00.000Z',
      message: `batch ${doc.batch.id} was already imported on 2026-04-02T08:00:00.000Z; nothing changed`,
      header: { id: doc.batch.id, researcher: 'anna.k', createdAt: '2026-03-20T12:00:00.000Z' },
    });
  });
});

describe('importBatchFile: problems in the audit trail', () => {
  it('names the audit entry and its flag', async () => {
    const { doc } = await annasBatch();
    const broken = await resign({ ...doc, audit: [{ ...doc.audit[0]!, action: 'shred' }, ...doc.audit.slice(1)] });
    const problems = problemsOf(await importBatchFile(new Blob([JSON.stringify(broken)]), 'batch.json', noneKnown));
    expect(problems).toEqual([
      { file: 'batch.json', path: `audit[0] (flag ${doc.flags[0]!.id}) › action`, message: expect.any(String) },
    ]);
  });
});
