import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bundleFileName, bundleStream } from '@/lib/export/bundle';
import { ManifestSchema } from '@/lib/batch-format/manifest';
import { sha256Hex } from '@/lib/integrity/hash';
import { verifyDocument } from '@/lib/signing/sign';
import { annasBatch, bytesOf, manifestSigner } from './builder';

const signManifest = manifestSigner();

async function unzippedBundle() {
  const fixture = await annasBatch();
  const zip = await bytesOf(bundleStream({ batch: fixture.doc, getArtifact: fixture.getArtifact, signManifest }));
  return { ...fixture, zip, files: unzipSync(zip), evidence: fixture.files };
}

describe('bundleStream', () => {
  it('writes the CSV, the JSON, each evidence file once, SHA256SUMS, then the manifest', async () => {
    const { files, evidence } = await unzippedBundle();
    const ext = { screenshot: 'png', snapshot: 'mhtml' } as const;
    expect(Object.keys(files)).toEqual([
      'batch.csv',
      'batch.json',
      ...evidence.map(({ ref }) => `evidence/${ref.sha256}.${ext[ref.kind]}`),
      'SHA256SUMS',
      'manifest.json',
    ]);
  });

  it('signs the manifest, and batch.json itself, with the exporter’s key', async () => {
    const { files, key } = await unzippedBundle();
    for (const path of ['manifest.json', 'batch.json']) {
      const verified = await verifyDocument(JSON.parse(strFromU8(files[path]!)));
      expect(verified, path).toMatchObject({ status: 'valid', signedBy: { fingerprint: key.fingerprint } });
    }
  });

  it('lists every other file in the manifest with a hash and size that match', async () => {
    const { files, doc } = await unzippedBundle();
    const manifest = ManifestSchema.parse(JSON.parse(strFromU8(files['manifest.json']!)));
    expect(manifest.batch).toEqual(doc.batch);
    expect(manifest.files.map((file) => file.path)).toEqual(
      Object.keys(files).filter((path) => path !== 'manifest.json'),
    );
    for (const listed of manifest.files) {
      const bytes = files[listed.path]!;
      expect({ path: listed.path, sha256: await sha256Hex(bytes), bytes: bytes.length }).toEqual(listed);
    }
  });

  it('names each evidence file by the hash of its bytes, and keeps them byte for byte', async () => {
    const { files, evidence } = await unzippedBundle();
    for (const { ref, blob } of evidence) {
      const [path] = Object.keys(files).filter((name) => name.startsWith(`evidence/${ref.sha256}.`));
      expect(files[path!]).toEqual(new Uint8Array(await blob.arrayBuffer()));
      expect(await sha256Hex(files[path!]!)).toBe(ref.sha256);
    }
  });

  it('writes SHA256SUMS the way sha256sum -c reads it', async () => {
    const { files } = await unzippedBundle();
    const lines = strFromU8(files.SHA256SUMS!).trimEnd().split('\n');
    const expected = await Promise.all(
      Object.keys(files)
        .filter((path) => path !== 'SHA256SUMS' && path !== 'manifest.json')
        .map(async (path) => `${await sha256Hex(files[path]!)}  ${path}`),
    );
    expect(lines).toEqual(expected);
  });

  it('stores screenshots uncompressed: their bytes appear verbatim in the archive', async () => {
    const { zip, evidence } = await unzippedBundle();
    const screenshot = new Uint8Array(await evidence[0]!.blob.arrayBuffer());
    expect(Buffer.from(zip).indexOf(Buffer.from(screenshot))).toBeGreaterThan(0);
  });

  it.each([
    [
      'missing',
      async () => Promise.reject(new Error('not in the artifacts store')),
      'could not be read (not in the artifacts store)',
    ],
    ['altered', async () => new Blob(['other bytes']), 'not to their key'],
  ])('fails naming the file when a stored evidence file is %s', async (_case, getArtifact, message) => {
    const { doc, files } = await annasBatch();
    const path = `evidence/${files[0]!.ref.sha256}.png`;
    await expect(bytesOf(bundleStream({ batch: doc, getArtifact, signManifest }))).rejects.toThrow(`${path}: `);
    await expect(bytesOf(bundleStream({ batch: doc, getArtifact, signManifest }))).rejects.toThrow(message);
  });

  it('offers a file name with the researcher, the date and the batch id', async () => {
    const { doc } = await annasBatch();
    expect(bundleFileName({ ...doc.batch, researcher: 'anna k/../x' })).toBe(
      'spoor-anna_k_.._x-2026-03-20-30000000.zip',
    );
  });
});
