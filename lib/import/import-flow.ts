import type { BatchHeader } from '@/lib/batch-format/schema';
import { importBatchFile, type ImportedBatch } from './validate';
import type { Conflict } from './merge-fields';
import type { MergeResult } from './merge';
import type { ImportProblem } from './problems';
import type { SpoorDb } from '@/lib/storage/db';
import { writeImportedBatch } from './import-write';
import { knownBatchIds, type KnownBatch } from './known';

/*
 * Imports run in the dashboard page for the reason the export does (see
 * export-flow.ts): evidence files are Blobs read from the chosen file, and
 * they must reach IndexedDB without crossing runtime messaging.
 */

export interface ImportEnv {
  db: SpoorDb;
  /** The coordinator importing (settings' researcher id). */
  by: string;
  clock?: () => Date;
}

/** What became of one chosen file. */
export type FileReport = { fileName: string } & (
  | {
      status: 'imported';
      batch: BatchHeader;
      summary: MergeResult['summary'];
      conflicts: Conflict[];
      evidence: boolean;
    }
  | { status: 'invalid'; problems: ImportProblem[]; moreProblems: number }
  /** `same-import`: another file of this import holds the same batch. */
  | { status: 'duplicate'; batchId: string; known: KnownBatch | 'same-import' }
  | { status: 'failed'; error: string }
);

/**
 * Imports batch files (batch.json or evidence bundles): every file is read
 * and validated whole first, then each valid one is merged and written in
 * its own transaction. A bad or repeated file changes nothing; the others
 * still import. One report per file, in the order given.
 * @example const reports = await importFiles({ db, by: 'coord' }, [...input.files]);
 */
export async function importFiles(env: ImportEnv, files: readonly File[]): Promise<FileReport[]> {
  const known = await knownBatchIds(env.db);
  const dates = new Map([...known].map(([id, { at }]) => [id, at]));
  const checked: Array<FileReport | ImportedBatch> = [];
  const chosen = new Set<string>();
  for (const file of files) {
    const result = await importBatchFile(file, file.name, { knownBatches: dates });
    if (result.status === 'invalid')
      checked.push({
        fileName: file.name,
        status: 'invalid',
        problems: result.problems,
        moreProblems: result.moreProblems,
      });
    else if (result.status === 'duplicate')
      checked.push({
        fileName: file.name,
        status: 'duplicate',
        batchId: result.batchId,
        known: known.get(result.batchId)!,
      });
    else if (chosen.has(result.batch.document.batch.id))
      checked.push({
        fileName: file.name,
        status: 'duplicate',
        batchId: result.batch.document.batch.id,
        known: 'same-import',
      });
    else {
      chosen.add(result.batch.document.batch.id);
      checked.push(result.batch);
    }
  }
  const reports: FileReport[] = [];
  for (const item of checked) reports.push('status' in item ? item : await write(env, item));
  return reports;
}

async function write(env: ImportEnv, batch: ImportedBatch): Promise<FileReport> {
  const at = (env.clock ?? (() => new Date()))();
  try {
    const { summary, conflicts } = await writeImportedBatch(env.db, batch, { by: env.by, at });
    return {
      fileName: batch.fileName,
      status: 'imported',
      batch: batch.document.batch,
      summary,
      conflicts,
      evidence: batch.evidenceIncluded,
    };
  } catch (error) {
    return {
      fileName: batch.fileName,
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
