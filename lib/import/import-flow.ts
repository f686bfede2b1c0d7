import type { BatchHeader } from '@/lib/batch-format/schema';
import { batchLabel } from '@/lib/batch-format/label';
import { wrongBatchFileKind, type WrongFileKind } from './file-kind';
import { importBatchFile, type ImportedBatch } from './validate';
import type { Conflict } from '@/lib/merge/merge-fields';
import type { MergeResult } from '@/lib/merge/merge';
import type { Replay } from '@/lib/merge/replays';
import type { ImportProblem } from './problems';
import type { SignedBy } from '@/lib/records/signing';
import { keyTrust, recordedKeyDate, type KeyTrust } from '@/lib/signing/trust';
import type { SpoorDb } from '@/lib/storage/db';
import { writeImportedBatch } from './import-write';
import { knownBatchIds, type KnownBatch } from './known';
import { recheckDetections, type Reread } from './detection-recheck';
import { capturedByOthers, type CapturedByOthers } from './captured-by-others';
import type { ReadingDisagreement } from '@/lib/records/batch';

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
  /** The coordinator's own dictionary, to read each batch's detections again (detection-recheck.ts). */
  reread?: Reread;
}

export interface ImportOptions {
  /** Fingerprints of unknown or changed keys the coordinator has compared and accepts for this import. */
  acceptKeys?: ReadonlySet<string>;
}

/** What became of one chosen file. */
export type FileReport = { fileName: string } & (
  | {
      status: 'imported';
      batch: BatchHeader;
      summary: MergeResult['summary'];
      conflicts: Conflict[];
      /** Observations that repeat a capture already held under another id: listed, not added. */
      replays: Replay[];
      evidence: boolean;
      signedBy: SignedBy;
      /** The key's standing when the file was read; `acceptedNow` when the coordinator accepted it for this import. */
      trust: KeyTrust;
      acceptedNow: boolean;
      /** Where the coordinator's dictionary reads the detections otherwise; absent when no dictionary read them. */
      reading?: ReadingDisagreement[];
      /** Observations the batch says others captured than its signer: only the signer's key vouches for them. */
      capturedByOthers?: CapturedByOthers;
    }
  /** Valid, but signed with a key this Spoor does not trust yet: nothing written until the coordinator accepts it. */
  | {
      status: 'untrusted-key';
      batch: BatchHeader;
      signedBy: SignedBy;
      trust: Extract<KeyTrust, { status: 'unknown' | 'changed' }>;
    }
  /** Signed with a key the coordinator revoked: never imported, even if listed in `acceptKeys`. */
  | {
      status: 'revoked-key';
      batch: BatchHeader;
      signedBy: SignedBy;
      trust: Extract<KeyTrust, { status: 'revoked' }>;
    }
  | { status: 'invalid'; problems: ImportProblem[]; moreProblems: number }
  /** `same-import`: another file of this import holds the same batch. `label`: the name people know it by. */
  | { status: 'duplicate'; batchId: string; label: string; known: KnownBatch | 'same-import' }
  /** Plainly not a batch (a CSV export, a backup, a checklist…): nothing was read further. */
  | { status: 'wrong-kind'; kind: WrongFileKind }
  | { status: 'failed'; error: string }
);

type Checked = FileReport | { batch: ImportedBatch; trust: KeyTrust };
/** A valid file of this import and where its report is in the list being made. */
type Placed = { batch: ImportedBatch; index: number };

/**
 * Imports batch files (batch.json or evidence bundles): every file is read
 * and validated whole first (signatures and chains included), then each valid
 * one signed with a trusted key, or with a key listed in `acceptKeys`, is
 * merged and written in its own transaction (never one signed with a revoked key). A bad or repeated file, or one
 * whose key is not trusted yet, changes nothing; the others still import.
 * One report per file, in the order given.
 * @example const reports = await importFiles({ db, by: 'coord' }, [...input.files]);
 */
export async function importFiles(
  env: ImportEnv,
  files: readonly File[],
  options: ImportOptions = {},
): Promise<FileReport[]> {
  const known = await knownBatchIds(env.db);
  const dates = new Map([...known].map(([id, { at }]) => [id, at]));
  const contents = new Map([...known].flatMap(([id, { sha256 }]) => (sha256 ? [[id, sha256] as const] : [])));
  const checked: Checked[] = [];
  /**
   * The files of this import that hold each batch id, with where their reports are in `checked`: the first, its
   * copies (the same batch.json), and the first file found with another batch.json, which refuses them all.
   */
  const chosen = new Map<string, { first: Placed; copies: Placed[]; other?: ImportedBatch }>();
  for (const file of files) {
    const wrongKind = await wrongBatchFileKind(file);
    if (wrongKind) {
      checked.push({ fileName: file.name, status: 'wrong-kind', kind: wrongKind });
      continue;
    }
    const result = await importBatchFile(file, file.name, {
      knownBatches: dates,
      knownContents: contents,
      now: (env.clock ?? (() => new Date()))(),
    });
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
        label: known.get(result.batchId)?.label ?? (result.header ? batchLabel(result.header) : result.batchId),
        known: known.get(result.batchId)!,
      });
    else {
      const batchId = result.batch.document.batch.id;
      const seen = chosen.get(batchId);
      const placed = { batch: result.batch, index: checked.length };
      if (!seen) {
        chosen.set(batchId, { first: placed, copies: [] });
        const trust = await keyTrust(env.db, result.batch.signedBy);
        // A revoked key is refused as revoked, whatever date a list recorded for it.
        const rewritten = trust.status === 'revoked' ? undefined : await keyDateRewritten(env.db, result.batch);
        checked.push(rewritten ?? { batch: result.batch, trust });
      } else if (seen.first.batch.sha256 !== result.batch.sha256) {
        // The first file and its copies would be reported imported and "imported once": none of them is.
        if (!seen.other) {
          checked[seen.first.index] = conflicting(seen.first.batch, result.batch);
          for (const { batch, index } of seen.copies)
            checked[index] = copyOfConflicting(batch, seen.first.batch, result.batch);
        }
        seen.other ??= result.batch;
        checked.push(conflicting(result.batch, seen.first.batch));
      } else if (seen.other) checked.push(copyOfConflicting(result.batch, seen.first.batch, seen.other));
      else {
        seen.copies.push(placed);
        checked.push({
          fileName: file.name,
          status: 'duplicate',
          batchId,
          label: batchLabel(result.batch.document.batch),
          known: 'same-import',
        });
      }
    }
  }
  const reports: FileReport[] = [];
  for (const item of checked) {
    if ('status' in item) reports.push(item);
    else if (item.trust.status === 'revoked')
      reports.push({
        fileName: item.batch.fileName,
        status: 'revoked-key',
        batch: item.batch.document.batch,
        signedBy: item.batch.signedBy,
        trust: item.trust,
      });
    else if (trusted(item.trust) || options.acceptKeys?.has(item.batch.signedBy.fingerprint))
      reports.push(await write(env, item.batch, item.trust));
    else reports.push(untrusted(item.batch, item.trust as Extract<KeyTrust, { status: 'unknown' | 'changed' }>));
  }
  return reports;
}

/**
 * One of two files of this import that hold the same batch id with different batch.json files: Spoor writes one file
 * per batch id, so one of them is forged or damaged and nothing says which; neither is imported, each names the other.
 */
function conflicting(batch: ImportedBatch, other: ImportedBatch): FileReport {
  return refusedForBatchId(
    batch,
    `batch ${batch.document.batch.id} is also in ${other.fileName} of this import with another batch.json (SHA-256 ${batch.sha256} here, ${other.sha256} there): a batch id names one file, so one of them is forged or damaged; neither is imported`,
  );
}

/** A third file with the same batch.json as the first of a conflicting pair: refused with them, saying why. */
function copyOfConflicting(batch: ImportedBatch, copyOf: ImportedBatch, other: ImportedBatch): FileReport {
  return refusedForBatchId(
    batch,
    `batch ${batch.document.batch.id}: the same batch.json as ${copyOf.fileName} (SHA-256 ${batch.sha256}), which ${other.fileName} of this import contradicts with another batch.json (SHA-256 ${other.sha256}): a batch id names one file, so one of them is forged or damaged; none is imported`,
  );
}

function refusedForBatchId(batch: ImportedBatch, message: string): FileReport {
  return {
    fileName: batch.fileName,
    status: 'invalid',
    problems: [{ file: batch.fileName, path: 'batch.id', message }],
    moreProblems: 0,
  };
}

/** A file naming a key known here with another creation date than the one recorded for it: refused. */
async function keyDateRewritten(db: SpoorDb, batch: ImportedBatch): Promise<FileReport | undefined> {
  const { fingerprint, keyCreatedAt } = batch.signedBy;
  const recorded = await recordedKeyDate(db, fingerprint);
  if (recorded === undefined || recorded === keyCreatedAt) return undefined;
  return {
    fileName: batch.fileName,
    status: 'invalid',
    problems: [
      {
        file: batch.fileName,
        path: 'signature.keyCreatedAt',
        message: `says key ${fingerprint} was made at ${keyCreatedAt}; this Spoor recorded ${recorded} for it: the date was rewritten`,
      },
    ],
    moreProblems: 0,
  };
}

const trusted = (trust: KeyTrust) => trust.status === 'own' || trust.status === 'accepted';

function untrusted(batch: ImportedBatch, trust: Extract<KeyTrust, { status: 'unknown' | 'changed' }>): FileReport {
  return {
    fileName: batch.fileName,
    status: 'untrusted-key',
    batch: batch.document.batch,
    signedBy: batch.signedBy,
    trust,
  };
}

async function write(env: ImportEnv, batch: ImportedBatch, trust: KeyTrust): Promise<FileReport> {
  const at = (env.clock ?? (() => new Date()))();
  const acceptedNow = !trusted(trust);
  try {
    // Read before the write's transaction opens: the dictionary's work must not hold it.
    const reading = env.reread && (await recheckDetections(batch.document.flags, env.reread));
    const others = capturedByOthers(batch.document, batch.signedBy.researcher);
    const { summary, conflicts, replays } = await writeImportedBatch(env.db, batch, {
      by: env.by,
      at,
      acceptedKey: acceptedNow,
      ...(reading && { reading }),
    });
    return {
      fileName: batch.fileName,
      status: 'imported',
      batch: batch.document.batch,
      summary,
      conflicts,
      replays,
      evidence: batch.evidenceIncluded,
      signedBy: batch.signedBy,
      trust,
      acceptedNow,
      ...(reading && { reading }),
      ...(others && { capturedByOthers: others }),
    };
  } catch (error) {
    return {
      fileName: batch.fileName,
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
