import { describe, expect, it, vi } from 'vitest';
import { bundleStream } from '@/lib/export/bundle';
import { importBatchFile } from '@/lib/import/validate';
import { annasBatch, bytesOf, manifestSigner } from '../export/builder';
import { inflatesPastDeclared } from '../reliability/bad-inputs/corpus';

/** How often each file of an archive was inflated, by path, since the count was last cleared. */
const opens = vi.hoisted(() => new Map<string, number>());

vi.mock('@/lib/files/zip-reader', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/files/zip-reader')>();
  return {
    ...original,
    readZip: async (archive: Blob) =>
      (await original.readZip(archive)).map((file) => ({
        ...file,
        open: () => {
          opens.set(file.path, (opens.get(file.path) ?? 0) + 1);
          return file.open();
        },
      })),
  };
});

const noneKnown = { knownBatches: new Map<string, string>() };

async function annasBundle(): Promise<Blob> {
  const { doc, getArtifact } = await annasBatch();
  return new Blob([await bytesOf(bundleStream({ batch: doc, getArtifact, signManifest: manifestSigner() }))]);
}

describe('importing an evidence bundle inflates each file once', () => {
  it('reads batch.json once for its parse, its known-id hash and its manifest check', async () => {
    const bundle = await annasBundle();
    opens.clear();

    const result = await importBatchFile(bundle, 'anna.zip', noneKnown);

    expect(result.status).toBe('ready');
    expect(opens.get('batch.json')).toBe(1);
    expect([...opens.values()].every((count) => count === 1)).toBe(true);
  });

  it('names a batch.json that does not inflate once, not once per check', async () => {
    const bomb = await inflatesPastDeclared(await annasBundle(), 'batch.json');

    const result = await importBatchFile(bomb, 'anna.zip', noneKnown);

    const problems = result.status === 'invalid' ? result.problems : [];
    expect(problems.filter((problem) => problem.file === 'batch.json')).toEqual([
      { file: 'batch.json', path: '', message: expect.stringMatching(/inflates past the \d+ bytes/) },
    ]);
  });
});
