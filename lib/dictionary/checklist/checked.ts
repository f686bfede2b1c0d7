import type { Dictionary } from '@/lib/dictionary/schema';
import { importChecklistFile, type ImportOptions } from './import';
import type { CheckedImport } from './worker-protocol';

/**
 * Characters per staged piece. Each piece is one message from the worker and
 * one storage write on the page, so it must be small enough that copying it
 * never holds the page's thread near 50 ms; the 2017 checklist (12.8 million
 * characters) makes 25.
 */
export const STAGED_CHUNK_CHARS = 512 * 1024;

/**
 * Serialises an imported dictionary into pieces that `readChunked` joins and parses back.
 * @example toStagedChunks(result.dictionary) // ['{"source":"cites-checklist",…', …]
 */
export function toStagedChunks(dictionary: Dictionary): string[] {
  const json = JSON.stringify(dictionary);
  const count = Math.max(1, Math.ceil(json.length / STAGED_CHUNK_CHARS));
  return Array.from({ length: count }, (_, i) => json.slice(i * STAGED_CHUNK_CHARS, (i + 1) * STAGED_CHUNK_CHARS));
}

/**
 * Reads and validates a whole checklist file (importChecklistFile) and
 * prepares it for staging: what the import worker runs, and what tests run in
 * process. Throws ImportError / ImportCancelled like importChecklistFile.
 * @example const checked = await checkChecklistFile(file, { listingsAsOf: '2017-04-21', onProgress });
 */
export async function checkChecklistFile(file: Blob, options: ImportOptions): Promise<CheckedImport> {
  const { format, rows, skipped, dictionary } = await importChecklistFile(file, options);
  const { taxa } = dictionary;
  const counts = {
    taxa: taxa.length,
    names: taxa.reduce((n, taxon) => n + taxon.names.length, 0),
    synonyms: taxa.reduce((n, taxon) => n + taxon.synonyms.length, 0),
  };
  return { format, rows, skipped, counts, chunks: toStagedChunks(dictionary) };
}
