import type { Dictionary } from '@/lib/dictionary/schema';
import type { ActiveStatus } from '@/lib/active-dictionary/status';
import { canonicalJson } from '@/lib/flags/hash';
import { readCustomTerms, saveCustomTerms } from '@/lib/dictionary/custom-terms-store';
import { SETTINGS_KEY } from '@/lib/settings/schema';
import { readSettings, type KeyValueArea } from '@/lib/settings/store';
import type { SpoorDb } from '@/lib/storage/db';
import { writeAtomically } from '@/lib/storage/transaction';
import { decideByUpdatedAt, mergeById, mergeSettings, type Decision } from './merge';
import type { Backup } from './read';

/** What a restore needs of the extension; tests pass fakes around a real (fake-indexeddb) database. */
export interface RestoreEnv {
  db: SpoorDb;
  /** storage.local: settings and custom terms. */
  area: KeyValueArea;
  dictionary: {
    status(): Promise<ActiveStatus>;
    /** Activates an imported checklist (merged with the bundled list and the custom terms). */
    activate(imported: Dictionary, fileName?: string): Promise<ActiveStatus>;
    /** Compiles the active list again with the stored custom terms. */
    applyCustomTerms(): Promise<ActiveStatus>;
  };
}

export interface RestoreReport {
  flags: Record<Decision, number>;
  customTerms: Record<Decision, number>;
  audit: { added: number; present: number };
  artifacts: { added: number; present: number };
  batches: { added: number; present: number };
  /** `activated`: the backup's checklist is now active; `kept`: this profile's is newer; `none`: the backup used the bundled list. */
  checklist: 'activated' | 'kept' | 'none';
}

const counter = () => ({ added: 0, present: 0 });

/**
 * Restores a checked backup (see readBackup) into this profile, merging and
 * never deleting (policy in merge.ts). The database records go in one
 * readwrite transaction: all or nothing. Then settings and custom terms, then
 * the dictionary is compiled again. Reports what came in and what was kept.
 * @example const report = await restoreBackup(env, await readBackup(file));
 */
export async function restoreBackup(env: RestoreEnv, backup: Backup): Promise<RestoreReport> {
  const report = await writeRecords(env.db, backup);
  const customTerms = mergeById(await readCustomTerms(env.area), backup.customTerms);
  await env.area.set({ [SETTINGS_KEY]: mergeSettings(await readSettings(env.area), backup.settings) });
  await saveCustomTerms(env.area, customTerms.merged);
  const imported = backup.dictionary.imported;
  const current = await env.dictionary.status();
  const takeChecklist =
    imported !== null && (current.source === 'bundled' || current.activatedAt < imported.activatedAt);
  if (takeChecklist) await env.dictionary.activate(imported.source, imported.fileName);
  else await env.dictionary.applyCustomTerms();
  return {
    ...report,
    customTerms: customTerms.counts,
    checklist: imported === null ? 'none' : takeChecklist ? 'activated' : 'kept',
  };
}

async function writeRecords(db: SpoorDb, backup: Backup): Promise<Omit<RestoreReport, 'customTerms' | 'checklist'>> {
  const report = { flags: { add: 0, replace: 0, keep: 0 }, audit: counter(), artifacts: counter(), batches: counter() };
  const tx = db.transaction(['flags', 'artifacts', 'audit', 'batches'], 'readwrite');
  await writeAtomically(
    tx,
    async () => {
      const flags = tx.objectStore('flags');
      for (const flag of backup.flags) {
        const decision = decideByUpdatedAt(await flags.get(flag.id), flag);
        report.flags[decision] += 1;
        if (decision !== 'keep') await flags.put(flag);
      }
      const artifacts = tx.objectStore('artifacts');
      for (const info of backup.artifacts) {
        const present = (await artifacts.getKey(info.sha256)) !== undefined;
        report.artifacts[present ? 'present' : 'added'] += 1;
        if (!present)
          await artifacts.put(
            { blob: backup.evidence.get(info.sha256)!, mimeType: info.mimeType, bytes: info.bytes },
            info.sha256,
          );
      }
      // The audit store is keyed by insertion order, which differs between machines: entries are matched by content.
      const audit = tx.objectStore('audit');
      const known = new Set((await audit.getAll()).map(canonicalJson));
      for (const entry of backup.audit) {
        const present = known.has(canonicalJson(entry));
        report.audit[present ? 'present' : 'added'] += 1;
        if (!present) await audit.add(entry);
      }
      // Batch records carry no updatedAt: the one this profile has stays.
      const batches = tx.objectStore('batches');
      for (const batch of backup.batches) {
        const present = (await batches.getKey(batch.id)) !== undefined;
        report.batches[present ? 'present' : 'added'] += 1;
        if (!present) await batches.put(batch);
      }
    },
    'nothing was restored. Free disk space and try again.',
  );
  return report;
}
