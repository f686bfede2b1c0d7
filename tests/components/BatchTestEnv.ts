import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { SaveTargets } from '@/lib/files/save';
import { batchHandlers } from '@/lib/browser/batch-service';
import type { BatchEnv } from '@/lib/browser/batch-env';
import { createFlagService } from '@/lib/flags/service';
import type { SendToBackground } from '@/lib/messaging/protocol';
import { protocol } from '@/lib/messaging/protocol';
import { dispatch } from '@/lib/messaging/router';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { captureOf, steppingClock } from '../unit/flags/support';
import { bundledTaxa } from '../unit/export/flow-support';

const identity = { extensionId: 'spoor', extensionOrigin: 'chrome-extension://spoor/' };
const dashboard = { id: 'spoor', url: 'chrome-extension://spoor/dashboard.html' };

/** A fresh fake IndexedDB holding the ads, flagged through the real flag service. */
export async function dbWithFlags(...urls: string[]): Promise<SpoorDb> {
  globalThis.indexedDB = new IDBFactory();
  const db = await openSpoorDb();
  const service = createFlagService(db, steppingClock());
  for (const url of urls) await service.record(await captureOf(url), 'ask');
  return db;
}

/** Downloads kept as Files; the fallback save path, as in a browser without a file picker. */
export function downloadTargets(): { files: File[]; targets: SaveTargets } {
  const files: File[] = [];
  return {
    files,
    targets: { download: async (blob, name) => void files.push(new File([blob], name, { type: blob.type })) },
  };
}

/**
 * The batch components' environment around a fake database: the background's
 * real batch handlers behind the envelope, sender check and zod parsing.
 */
export function testEnv(db: SpoorDb, save: SaveTargets, researcherId = 'anna.k'): BatchEnv {
  const handlers = batchHandlers(Promise.resolve(db));
  const send = (async (name: keyof typeof protocol, payload: unknown) => {
    const reply = await dispatch({ spoor: 1, name, payload }, dashboard, handlers, identity);
    if (!reply?.ok) throw new Error(reply ? reply.error : `${name}: no handler`);
    return protocol[name].response.parse(reply.value);
  }) as SendToBackground;
  return {
    db: async () => db,
    send,
    save,
    researcher: async () => ({ researcherId, survey: 'Ivory 2026' }),
    extensionVersion: '0.1.0',
    taxa: bundledTaxa,
    clock: () => new Date('2026-03-20T12:00:00.000Z'),
  };
}
