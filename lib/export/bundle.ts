import { sha256Hex } from '@/lib/integrity/hash';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  CSV_PATH,
  JSON_PATH,
  MANIFEST_PATH,
  SUMS_PATH,
  sha256Sums,
  type Manifest,
  type ManifestFile,
  type UnsignedManifest,
} from '@/lib/batch-format/manifest';
import type { BatchDocument } from '@/lib/batch-format/schema';
import { flagsCsv } from './csv-columns';
import { distinctArtifacts, evidencePath } from '@/lib/batch-format/evidence-files';
import { batchJson, csvContextOf } from './json';
import { zipStream, type ZipEntry } from '@/lib/files/zip-writer';

export interface BundleSource {
  batch: BatchDocument;
  /** batch.json as first saved (see BatchRecord.document); made from `batch` when absent. */
  json?: Uint8Array<ArrayBuffer>;
  /** The stored evidence file under this hash (the artifacts store); called once per file, one at a time. */
  getArtifact(sha256: string): Promise<Blob>;
  /** Signs the manifest (lib/signing/sign.ts) once every file is listed. */
  signManifest(manifest: UnsignedManifest): Promise<Manifest>;
}

/**
 * The evidence bundle as a stream of ZIP bytes: batch.csv, batch.json, each
 * evidence file once as evidence/<sha256>.<ext>, SHA256SUMS, then manifest.json.
 * Evidence is fetched only when the consumer reads on, so a batch of ten
 * thousand screenshots holds about one at a time. The stream fails, naming
 * the file, if an evidence file is missing or its bytes do not hash to its key.
 * The manifest is signed, and lists batch.json, which is signed itself.
 * @example await bundleStream({ batch, getArtifact, signManifest }).pipeTo(await fileHandle.createWritable());
 */
export function bundleStream(source: BundleSource): ReadableStream<Uint8Array<ArrayBuffer>> {
  return zipStream(bundleEntries(source), new Date(source.batch.batch.createdAt));
}

/**
 * The file name a bundle is offered under.
 * @example bundleFileName(doc.batch) // 'spoor-anna.k-2026-03-20-1b2c3d4e.zip'
 */
export function bundleFileName(header: BatchDocument['batch']): string {
  const researcher = header.researcher.replace(/[^\w.-]+/g, '_');
  return `spoor-${researcher}-${header.createdAt.slice(0, 10)}-${header.id.slice(0, 8)}.zip`;
}

async function* bundleEntries({ batch, json, getArtifact, signManifest }: BundleSource): AsyncGenerator<ZipEntry> {
  const listed: ManifestFile[] = [];
  const entry = async (path: string, bytes: Uint8Array<ArrayBuffer>, compress: boolean): Promise<ZipEntry> => {
    listed.push({ path, sha256: await sha256Hex(bytes), bytes: bytes.length });
    return { path, bytes, compress };
  };
  const encode = (text: string) => new TextEncoder().encode(text);

  yield await entry(CSV_PATH, encode(flagsCsv(batch.flags, csvContextOf(batch))), true);
  yield await entry(JSON_PATH, json ?? encode(batchJson(batch)), true);
  for (const ref of distinctArtifacts(batch.flags)) {
    const path = evidencePath(ref);
    const bytes = await artifactBytes(getArtifact, ref.sha256, path);
    const file = await entry(path, bytes, !ref.mimeType.startsWith('image/'));
    if (listed.at(-1)!.sha256 !== ref.sha256)
      throw new Error(`${path}: the stored bytes hash to ${listed.at(-1)!.sha256}, not to their key`);
    yield file;
  }
  yield await entry(SUMS_PATH, encode(sha256Sums(listed)), true);
  const manifest = await signManifest({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    batch: batch.batch,
    files: listed,
  });
  yield { path: MANIFEST_PATH, bytes: encode(`${JSON.stringify(manifest, null, 2)}\n`), compress: true };
}

async function artifactBytes(
  getArtifact: BundleSource['getArtifact'],
  sha256: string,
  path: string,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(await (await getArtifact(sha256)).arrayBuffer());
  } catch (error) {
    throw new Error(
      `${path}: the evidence file could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
