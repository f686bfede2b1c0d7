import type { Dictionary } from '@/lib/dictionary/schema';
import type { ActiveStatus } from '@/lib/active-dictionary/status';
import { readChains } from '@/lib/flags/history-store';
import { TombstoneSchema } from '@/lib/records/flag';
import { readCustomTerms, saveCustomTerms } from '@/lib/dictionary/custom-terms-store';
import { SETTINGS_KEY } from '@/lib/settings/schema';
import { readSettings, type KeyValueArea } from '@/lib/settings/store';
import type { SpoorDb } from '@/lib/storage/db';
import { mergeById, mergeSettings, type Decision } from './merge';
import type { Backup } from './read';
import { decidedBefore, writeRecords, type RecordsReport, type TombstoneChoice } from './restore-records';

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
  clock?: () => Date;
}

export interface RestoreReport extends RecordsReport {
  customTerms: Record<Decision, number>;
  /**
   * `activated`: the backup's checklist is now active; `kept`: this profile's is newer; `none`: the backup used the
   * bundled list.
   */
  checklist: 'activated' | 'kept' | 'none';
}

/** A flag deleted here that the backup holds: the researcher chooses to keep it deleted or bring it back. */
export interface TombstonedFlag {
  flagId: string;
  canonicalUrl: string;
  title?: string;
  deletedAt: string;
  deletedBy: string;
  reason: string;
}

/**
 * The flags of a checked backup that were deleted in this profile (and not
 * already decided on by an earlier restore of the same record): the restore
 * asks about each before it writes.
 * @example const asks = await planRestore(db, backup); // [{ flagId, canonicalUrl, deletedAt, deletedBy, reason }]
 */
export async function planRestore(db: SpoorDb, backup: Backup): Promise<TombstonedFlag[]> {
  const tx = db.transaction(['tombstones', 'audit'], 'readonly');
  const listed: TombstonedFlag[] = [];
  for (const flag of backup.flags) {
    const stored = await tx.objectStore('tombstones').get(flag.id);
    if (!stored) continue;
    const tombstone = TombstoneSchema.parse(stored);
    if (decidedBefore(await readChains(tx, [tombstone.auditHead]), tombstone, flag.auditHead)) continue;
    listed.push({
      flagId: flag.id,
      canonicalUrl: flag.canonicalUrl,
      title: flag.ad.title,
      deletedAt: tombstone.at,
      deletedBy: tombstone.by,
      reason: tombstone.reason,
    });
  }
  await tx.done;
  return listed;
}

/**
 * Restores a checked backup (see readBackup) into this profile as a union
 * that never removes anything here (restore-records.ts), with the choices made
 * for the flags planRestore listed (any not chosen stays deleted). The
 * database records go in one readwrite transaction: all or nothing. Then
 * settings and custom terms, then the dictionary is compiled again.
 * Reports what came in, what was kept and every conflict.
 * @example const report = await restoreBackup(env, backup, new Map([[flagId, 'bring-back']]));
 */
export async function restoreBackup(
  env: RestoreEnv,
  backup: Backup,
  choices: ReadonlyMap<string, TombstoneChoice> = new Map(),
): Promise<RestoreReport> {
  const settings = await readSettings(env.area);
  const by = settings.researcherId.trim() || backup.settings.researcherId.trim();
  const at = (env.clock ?? (() => new Date()))();
  const report = await writeRecords(env.db, backup, { by, at, choices });
  const customTerms = mergeById(await readCustomTerms(env.area), backup.customTerms);
  await env.area.set({ [SETTINGS_KEY]: mergeSettings(settings, backup.settings) });
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
