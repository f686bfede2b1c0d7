import type { FlagService } from '@/lib/flags/service';
import type { DetectedTaxon } from '@/lib/flags/detected-taxa';
import type { Handlers } from '@/lib/messaging/router';
import type { SpoorDb } from '@/lib/storage/db';
import { listArchive } from '@/lib/dashboard/list';
import type { TaxonLookup } from '@/lib/dashboard/taxon-lookup';

export interface ArchiveDeps {
  db: SpoorDb;
  /** Writes go through the flag service, so every change lands in the audit trail. */
  service: FlagService;
  lookup: TaxonLookup;
  /** Who is editing: the researcher id from settings. */
  researcher(): Promise<string>;
}

interface BulkResult {
  done: string[];
  failed: Array<{ id: string; error: string }>;
}

/**
 * Applies one change per flag, one transaction each (the service's), and
 * reports which failed instead of stopping: a flag deleted in another tab
 * meanwhile must not cancel the rest of a bulk action.
 */
async function eachFlag(ids: readonly string[], change: (id: string) => Promise<unknown>): Promise<BulkResult> {
  const result: BulkResult = { done: [], failed: [] };
  for (const id of new Set(ids)) {
    try {
      await change(id);
      result.done.push(id);
    } catch (error) {
      result.failed.push({ id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

/**
 * The "dashboard/…" messages the dashboard sends to the background.
 * @example listen(browser.runtime, archiveHandlers(deps));
 */
export function archiveHandlers(ready: Promise<ArchiveDeps>): Handlers {
  return {
    'dashboard/list': async () => {
      const { db, lookup } = await ready;
      return listArchive(db, lookup);
    },
    'dashboard/taxa': async ({ ids }) => {
      const { lookup } = await ready;
      const taxa: Record<string, DetectedTaxon> = {};
      for (const id of new Set(ids)) {
        const facts = lookup(id);
        if (facts) taxa[id] = { label: facts.label, appendix: facts.appendix, euAnnex: facts.euAnnex };
      }
      return { taxa };
    },
    'dashboard/setStatus': async ({ ids, status }) => {
      const { service, researcher } = await ready;
      const by = await researcher();
      return eachFlag(ids, (id) => service.edit(id, { status }, by));
    },
    'dashboard/delete': async ({ ids, reason }) => {
      const { service, researcher } = await ready;
      const by = await researcher();
      return eachFlag(ids, (id) => service.remove(id, by, reason));
    },
  };
}
