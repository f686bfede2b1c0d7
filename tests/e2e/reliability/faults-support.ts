import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { importBatchFile } from '@/lib/import/validate';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import type { SignedBy } from '@/lib/records/signing';
import { checkConsistency } from '@/lib/storage/consistency';
import { downloads, exportEnv, flaggedDb, freshIndexedDb } from '../../unit/export/flow-support';
import { PNG_SIGNATURE } from '../../unit/flags/support';
import { readDatabase, type StoredState } from '../flag-support';

/** The database read in the service worker, and what checkConsistency finds wrong with it. */
export async function databaseWithProblems(worker: Worker): Promise<{ state: StoredState; problems: string[] }> {
  const state = await readDatabase(worker);
  return { state, problems: checkConsistency(state) };
}

/** The popup's global where captureAll counts the replies it has had so far. */
const REPLIES = 'spoorCaptureReplies';

/**
 * Sends one "flag/capture" message per tab id, all at once, from an extension
 * page (the popup), as the popup's buttons send them; returns each reply's
 * outcome or error. A tab id may repeat: with 'observe' each is an observation.
 * The page counts the replies as they come (capturedSoFar).
 */
export function captureAll(page: Page, tabIds: number[], ifFlagged: 'ask' | 'observe'): Promise<string[]> {
  return page.evaluate(
    ({ tabIds, ifFlagged, counter }) => {
      const replies = globalThis as unknown as Record<string, number>;
      replies[counter] = 0;
      return Promise.all(
        tabIds.map(async (tabId) => {
          const reply = await chrome.runtime.sendMessage({
            spoor: 1,
            name: 'flag/capture',
            payload: { tabId, ifFlagged },
          });
          replies[counter] = (replies[counter] ?? 0) + 1;
          return reply?.ok ? String(reply.value.outcome) : `error: ${reply?.error}`;
        }),
      );
    },
    { tabIds, ifFlagged, counter: REPLIES },
  );
}

/** How many replies the captureAll under way in `page` has had. */
export function capturedSoFar(page: Page): Promise<number> {
  return page.evaluate((counter) => (globalThis as unknown as Record<string, number>)[counter] ?? 0, REPLIES);
}

/**
 * Writes into `dir` another researcher's evidence bundle of `count` flags at
 * https://shop.example/<label>/<n>, made with Spoor's own exporter, each with
 * a 200 kB screenshot: large enough that importing it takes a while.
 */
export async function writeBundle(
  dir: string,
  count: number,
  label: string,
): Promise<{ path: string; urls: string[]; signedBy: SignedBy }> {
  freshIndexedDb();
  const urls = Array.from({ length: count }, (_, n) => `https://shop.example/${label}/${n}`);
  // A PNG's signature first: the import refuses a screenshot whose bytes are not an image.
  const screenshot = () => new Blob([PNG_SIGNATURE, randomBytes(200_000)], { type: 'image/png' });
  const { db } = await flaggedDb(
    `sender-${label}`,
    urls.map((url) => ({ url, evidence: [{ kind: 'screenshot' as const, blob: screenshot() }] })),
  );
  const saved = downloads();
  await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'zip', {
    researcher: 'ben',
    survey: 'Faults',
  });
  db.close();
  const path = join(dir, saved.files[0]!.name);
  writeFileSync(path, new Uint8Array(await saved.files[0]!.arrayBuffer()));
  const checked = await importBatchFile(saved.files[0]!, saved.files[0]!.name, { knownBatches: new Map() });
  if (checked.status !== 'ready') throw new Error(`writeBundle: the bundle does not import (${checked.status})`);
  return { path, urls, signedBy: checked.batch.signedBy };
}

/**
 * Records in the extension's database that the coordinator accepted the key
 * a bundle was signed with (as the import dialog's accept button does), so a
 * test of what happens during an import is not held at the key question.
 */
export async function trustSigner(worker: Worker, signedBy: SignedBy): Promise<void> {
  const signer = {
    ...signedBy,
    firstSeen: new Date().toISOString(),
    accepted: { at: new Date().toISOString(), by: 'test' },
  };
  await worker.evaluate(async (record) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('spoor');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((done, fail) => {
      const tx = db.transaction('signers', 'readwrite');
      tx.objectStore('signers').put(record);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, signer);
}
