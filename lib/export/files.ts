import type { BatchDocument, BatchHeader } from '@/lib/batch-format/schema';
import { bundleFileName, bundleStream } from './bundle';
import { flagsCsv } from './csv-columns';
import { batchJson } from './json';
import type { SaveFileType } from '@/lib/files/save';
import type { ExportFormat } from '@/lib/records/batch';

/** How each export format is offered to the file picker and to a download. */
export const FILE_TYPES: Record<ExportFormat | 'txt', SaveFileType> = {
  csv: { description: 'Spoor batch (CSV)', mimeType: 'text/csv', extension: '.csv' },
  json: { description: 'Spoor batch (JSON)', mimeType: 'application/json', extension: '.json' },
  zip: { description: 'Spoor evidence bundle', mimeType: 'application/zip', extension: '.zip' },
  txt: { description: 'List of ad URLs', mimeType: 'text/plain', extension: '.txt' },
};

/**
 * The name people read a batch by. The batch id itself is the header's UUID
 * (the batch format requires one); this label adds who and when to its start.
 * @example batchLabel({ id: '1b2c3d4e-…', researcher: 'anna.k', createdAt: '2026-03-20T12:00:00.000Z' }) // 'SPOOR-anna.k-20260320-1b2c3d4e'
 */
export function batchLabel(header: Pick<BatchHeader, 'id' | 'researcher' | 'createdAt'>): string {
  return `SPOOR-${safeName(header.researcher)}-${header.createdAt.slice(0, 10).replaceAll('-', '')}-${header.id.slice(0, 8)}`;
}

/**
 * The file a batch is offered as: the bundle's own name, with .csv or .json for the other formats.
 * @example batchFileName(doc.batch, 'json') // 'spoor-anna.k-2026-03-20-1b2c3d4e.json'
 */
export function batchFileName(header: BatchHeader, format: ExportFormat): string {
  return bundleFileName(header).replace(/\.zip$/, FILE_TYPES[format].extension);
}

/**
 * The bytes of a batch file as a stream. The ZIP pulls evidence one file at a
 * time through `getArtifact`; CSV and JSON are text made in one piece.
 * @example await saveStream(batchFileStream(doc, 'zip', getArtifact), name, targets, FILE_TYPES.zip);
 */
export function batchFileStream(
  doc: BatchDocument,
  format: ExportFormat,
  getArtifact: (sha256: string) => Promise<Blob>,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  if (format === 'zip') return bundleStream({ batch: doc, getArtifact });
  return textStream(format === 'csv' ? flagsCsv(doc.flags, doc.batch.id) : batchJson(doc));
}

/** @example await saveStream(textStream('a\n'), 'list.txt', targets, FILE_TYPES.txt); */
export function textStream(text: string): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
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

/** File-name safe: researcher ids and country codes go into names. */
export function safeName(text: string): string {
  return text.replace(/[^\w.-]+/g, '_');
}
