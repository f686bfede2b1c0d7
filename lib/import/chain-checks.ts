import { describeEntry, verifyHistory } from '@/lib/integrity/history';
import type { AuditEntry } from '@/lib/records/flag';
import type { BatchDocument } from '@/lib/batch-format/schema';
import type { ProblemList } from './problems';

/**
 * Verifies the chain of custody of every flag in a batch, whole, before
 * anything is written: each flag's history (lib/integrity/history.ts) must be
 * complete in the file, unbroken and end at the flag record as it is; every
 * entry of the file must belong to the history of a flag in the file (an entry
 * naming a flag the file does not hold is refused); no entry may name the
 * file's own batch (a batch is recorded on a flag only once it is saved, so
 * such an entry was not made by an export or an import); and every batch an
 * export, import or merge entry names must be one the flag records.
 * Each problem names the entry (its place in `audit`, its flag, what, when, who).
 * @example checkChains(doc, 'batch.json', problems);
 */
export function checkChains(doc: BatchDocument, file: string, problems: ProblemList): void {
  const byHash = new Map<string, { entry: AuditEntry; index: number }>();
  doc.audit.forEach((entry, index) => {
    if (byHash.has(entry.hash))
      problems.add(file, `audit[${index}] (flag ${entry.flagId})`, 'the same entry appears twice');
    else byHash.set(entry.hash, { entry, index });
  });
  const where = (hash: string | undefined, flagId: string) => {
    const found = hash ? byHash.get(hash) : undefined;
    return found ? `audit[${found.index}] (flag ${found.entry.flagId})` : `flag ${flagId} › auditHead`;
  };

  const reached = new Set<string>();
  for (const flag of doc.flags) {
    const history = verifyHistory({ flag }, (hash) => byHash.get(hash)?.entry);
    for (const problem of history.problems) problems.add(file, where(problem.hash, flag.id), problem.message);
    for (const entry of history.entries) {
      reached.add(entry.hash);
      if (!entry.batchId) continue;
      if (entry.batchId === doc.batch.id)
        problems.add(
          file,
          where(entry.hash, flag.id),
          `${describeEntry(entry)} names this very batch, which no export or import records before the file is saved`,
        );
      else if (!flag.batchIds.includes(entry.batchId))
        problems.add(
          file,
          where(entry.hash, flag.id),
          `${describeEntry(entry)} names batch ${entry.batchId}, which flag ${flag.id} does not record`,
        );
    }
  }
  doc.audit.forEach((entry, index) => {
    if (!reached.has(entry.hash))
      problems.add(
        file,
        `audit[${index}] (flag ${entry.flagId})`,
        `${describeEntry(entry)} is not part of the history of any flag in this file`,
      );
  });
}
