import type { BatchHeader } from '@/lib/batch-format/schema';
import { bundleFileName, bundleStream } from './bundle';
import { flagsCsv } from './csv-columns';
import { csvContextOf } from './json';
import { ManifestSchema, type UnsignedManifest } from '@/lib/batch-format/manifest';
import type { SaveFileType } from '@/lib/files/save';
import { signDocument } from '@/lib/signing/sign';
import type { SignedBatch } from './batch-document';
import type { ExportFormat } from '@/lib/records/batch';

/** How each export format is offered to the file picker and to a download. */
export const FILE_TYPES: Record<ExportFormat | 'txt', SaveFileType> = {
  csv: { description: 'Spoor batch (CSV)', mimeType: 'text/csv', extension: '.csv' },
  json: { description: 'Spoor batch (JSON)', mimeType: 'application/json', extension: '.json' },
  zip: { description: 'Spoor evidence bundle', mimeType: 'application/zip', extension: '.zip' },
  txt: { description: 'List of ad URLs', mimeType: 'text/plain', extension: '.txt' },
};

/**
 * The file a batch is offered as: the bundle's own name, with .csv or .json for the other formats.
 * @example batchFileName(doc.batch, 'json') // 'spoor-anna.k-2026-03-20-1b2c3d4e.json'
 */
export function batchFileName(header: BatchHeader, format: ExportFormat): string {
  return bundleFileName(header).replace(/\.zip$/, FILE_TYPES[format].extension);
}

/**
 * The bytes of a batch file as a stream, all made from the signed document:
 * batch.json is its saved bytes, the CSV is derived from it, and the ZIP
 * holds both with the evidence (pulled one file at a time through
 * `getArtifact`) under a manifest signed with the same key.
 * @example await saveStream(batchFileStream(signed, 'zip', getArtifact), name, targets, FILE_TYPES.zip);
 */
export function batchFileStream(
  signed: SignedBatch,
  format: ExportFormat,
  getArtifact: (sha256: string) => Promise<Blob>,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const { document, json, key } = signed;
  if (format === 'zip') {
    const signManifest = async (manifest: UnsignedManifest) => ManifestSchema.parse(await signDocument(manifest, key));
    return bundleStream({ batch: document, json, getArtifact, signManifest });
  }
  if (format === 'json') return bytesStream(json);
  return textStream(flagsCsv(document.flags, csvContextOf(document)));
}

function bytesStream(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** @example await saveStream(textStream('a\n'), 'list.txt', targets, FILE_TYPES.txt); */
export function textStream(text: string): ReadableStream<Uint8Array<ArrayBuffer>> {
  return bytesStream(new TextEncoder().encode(text));
}

/**
 * A save's outcome, with the researcher closing the file picker as 'cancelled'
 * (the picker rejects with an AbortError) rather than as a failure.
 * @example if ((await savedOrCancelled(saveStream(stream, name, targets))) === 'cancelled') return;
 */
export async function savedOrCancelled(
  saving: Promise<'picked' | 'downloaded'>,
): Promise<'picked' | 'downloaded' | 'cancelled'> {
  try {
    return await saving;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}
