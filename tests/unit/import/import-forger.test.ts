import { beforeEach, describe, expect, it } from 'vitest';
import { bundleStream } from '@/lib/export/bundle';
import { importBatchFile } from '@/lib/import/validate';
import { importFiles } from '@/lib/import/import-flow';
import { openSpoorDb } from '@/lib/storage/db';
import { batchJson, signBatch } from '@/lib/export/json';
import { base64FromBytes } from '@/lib/integrity/bytes';
import { createSigningKey } from '@/lib/signing/keys';
import { signDocument } from '@/lib/signing/sign';
import type { SigningKey } from '@/lib/records/signing';
import type { BatchDocument } from '@/lib/batch-format/schema';
import { annasBatch, batchMeta, bytesOf, flag, observation, signedBatch, testKey } from '../export/builder';
import { freshIndexedDb, storeCounts } from '../export/flow-support';
import { honestEntries, importText, importZip, noneKnown, problemsOf, resignedBundle } from './forger-fixtures';

/*
 * A forger's attempts on the importer that keep every hash and signature valid (forge32): times the key itself
 * contradicts, a signature made over other bytes than Spoor's canonical form, a manifest hash padded with white
 * space. Each is refused, naming the file and the field; importBatchFile writes nothing in any case.
 */

/** Anna's batch signed again with a key of hers made at `keyMadeAt` (a forger who holds the key writes any date). */
async function signedWithKeyMade(keyMadeAt: string): Promise<BatchDocument> {
  const { doc } = await annasBatch();
  const { signature: _signature, ...unsigned } = doc;
  return signBatch(unsigned, await createSigningKey('anna.k', new Date(keyMadeAt)));
}

describe('times the signing key contradicts', () => {
  it('refuses a batch made before the key that signed it existed (a day of clock difference allowed)', async () => {
    const forged = await signedWithKeyMade('2026-04-02T12:00:00.000Z'); // the batch says 2026-03-20
    const problems = problemsOf(await importText(batchJson(forged)));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'anna.json',
        path: 'batch.createdAt',
        message: expect.stringMatching(/before the key that signed it was made \(2026-04-02/) as string,
      }),
    ]);
    const withinSkew = await signedWithKeyMade('2026-03-21T06:00:00.000Z');
    const now = new Date('2026-04-10T00:00:00.000Z');
    expect((await importText(batchJson(withinSkew), { ...noneKnown, now })).status).toBe('ready');
  });

  it('refuses a key dated after the moment of the import', async () => {
    const forged = await signedWithKeyMade('2026-03-19T00:00:00.000Z');
    const now = new Date('2026-03-17T00:00:00.000Z');
    const problems = problemsOf(await importText(batchJson(forged), { ...noneKnown, now }));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'signature.keyCreatedAt', message: expect.stringContaining('in the future') }),
    );
  });
});

describe('a key known here named with another date', () => {
  beforeEach(freshIndexedDb);

  it('is refused when a file rewrites the date recorded for an accepted key, writing nothing', async () => {
    const db = await openSpoorDb('coordinator');
    const env = { db, by: 'coord', clock: () => new Date('2026-04-02T08:00:00.000Z') };
    const key = await testKey();
    const first = await signedBatch([flag({ n: 1, observations: [await observation({ n: 1 })] })], batchMeta(1));
    const [imported] = await importFiles(env, [new File([batchJson(first)], 'first.json')], {
      acceptKeys: new Set([key.fingerprint]),
    });
    expect(imported).toMatchObject({ status: 'imported' });
    const { signature: _signature, ...unsigned } = await signedBatch(
      [flag({ n: 2, observations: [await observation({ n: 2 })] })],
      batchMeta(2),
    );
    const redated = await signBatch(unsigned, { ...key, createdAt: '2026-01-01T00:00:00.000Z' });
    const before = await storeCounts(db);
    const [refused] = await importFiles(env, [new File([batchJson(redated)], 'second.json')], {
      acceptKeys: new Set([key.fingerprint]),
    });
    expect(refused).toMatchObject({
      status: 'invalid',
      problems: [
        {
          file: 'second.json',
          path: 'signature.keyCreatedAt',
          message: expect.stringContaining(`recorded ${key.createdAt}`) as string,
        },
      ],
    });
    expect(await storeCounts(db)).toEqual(before);
    db.close();
  });
});

describe('a bundle whose manifest names the key otherwise than batch.json', () => {
  it.each([
    ['another date for the key', { createdAt: '2026-02-01T00:00:00.000Z' }, 'signature.keyCreatedAt'],
    ['another owner of the key', { researcherId: 'anna.k.' }, 'signature.researcher'],
  ])('is refused: %s', async (_what, change, path) => {
    const { doc, getArtifact } = await annasBatch();
    const key: SigningKey = { ...(await testKey()), ...change };
    const bundle = bundleStream({ batch: doc, getArtifact, signManifest: (manifest) => signDocument(manifest, key) });
    const problems = problemsOf(await importBatchFile(new Blob([await bytesOf(bundle)]), 'anna.zip', noneKnown));
    expect(problems).toEqual([expect.objectContaining({ file: 'manifest.json', path })]);
  });
});

describe('a signature over another form of the document than canonical JSON', () => {
  it.each([
    ['the file as written (indented)', (doc: object) => JSON.stringify(doc, null, 2)],
    ['JSON with its keys in written order', (doc: object) => JSON.stringify(doc)],
  ])('is refused when it signs %s', async (_form, form) => {
    const { doc } = await annasBatch();
    const { signature, ...unsigned } = doc;
    const { value: _value, ...meta } = signature;
    const key = await testKey();
    const bytes = new TextEncoder().encode(form({ ...unsigned, signature: meta }));
    const value = base64FromBytes(new Uint8Array(await crypto.subtle.sign('Ed25519', key.privateKey, bytes)));
    const forged = batchJson({ ...doc, signature: { ...signature, value } });
    const problems = problemsOf(await importText(forged));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'signature', message: expect.stringContaining('does not match') as string }),
    ]);
  });
});

describe('a manifest hash written otherwise than Spoor writes it (re-signed)', () => {
  it.each([
    ['with a space before it', (hash: string) => ` ${hash}`],
    ['with a line end after it', (hash: string) => `${hash}\n`],
    ['in upper case', (hash: string) => hash.toUpperCase()],
  ])('is refused %s, naming the manifest entry', async (_how, respell) => {
    const forged = await resignedBundle(await honestEntries(), (manifest) => {
      manifest.files[0]!.sha256 = respell(manifest.files[0]!.sha256);
    });
    const problems = problemsOf(await importZip(forged));
    expect(problems[0]).toMatchObject({ file: 'manifest.json', path: 'files[0].sha256' });
  });
});
