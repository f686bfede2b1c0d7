import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { prepareCapture, type CaptureInput, type PreparedCapture } from '@/lib/flags/observation';
import type { Detection } from '@/lib/records/flag';
import type { FlagDeps } from '@/lib/flags/flag-tab';
import { createFlagService } from '@/lib/flags/service';
import type { PageReading } from '@/lib/flags/page-reading';
import type { StoreName } from '@/lib/storage/schema';

/** A fresh, empty fake IndexedDB for each test: no state leaks between tests. */
export async function freshDb(): Promise<SpoorDb> {
  globalThis.indexedDB = new IDBFactory();
  return openSpoorDb();
}

/** A PNG file's first eight bytes: an imported screenshot must start with its format's signature. */
export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const ivory: Detection = {
  entryId: 'loxodonta-africana',
  kind: 'taxon',
  label: 'Loxodonta africana',
  appendix: 'I/II',
  euAnnex: 'A/B',
  taxa: ['loxodonta-africana'],
  count: 2,
  matched: ['ivory', 'Elfenbein'],
};

/** A capture of a made-up ad, hashed as the background would hash it. */
export function captureOf(url: string, overrides: Partial<CaptureInput> = {}): Promise<PreparedCapture> {
  return prepareCapture({
    url,
    canonicalUrl: url,
    platform: { id: 'shop.example', name: 'shop.example', host: 'shop.example' },
    ad: {
      title: 'Carved ivory figure',
      price: { amount: 450, currency: 'EUR' },
      imageUrls: [],
      sources: { title: 'json-ld' },
    },
    detected: [ivory],
    prefill: { intent: 'selling', paperwork: 'pre-1947', tradeTerms: ['CAR'] },
    trigger: 'button',
    evidence: [{ kind: 'screenshot', blob: new Blob([PNG_SIGNATURE, `png of ${url}`], { type: 'image/png' }) }],
    missing: [{ kind: 'snapshot', reason: 'test' }],
    researcher: { researcherId: 'anna.k', survey: 'Ivory 2026' },
    extensionVersion: '0.1.0',
    capturedAt: new Date('2026-03-12T09:30:00.000Z'),
    ...overrides,
  });
}

/** A clock that advances one minute per reading, so audit entries have distinct times. */
export function steppingClock(start = '2026-03-12T10:00:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => new Date((at += 60_000));
}

export const PAGE = 'https://www.ebay.de/itm/123456?utm_source=mail';
export const reading: PageReading = {
  ad: {
    title: 'Elfenbein Figur',
    price: { amount: 450, currency: 'EUR' },
    imageUrls: [],
    sources: { title: 'json-ld', price: 'json-ld' },
  },
  canonicalUrl: 'https://www.ebay.de/itm/123456',
  platform: { id: 'ebay', name: 'eBay', host: 'www.ebay.de', country: 'DE' },
  intent: 'selling',
  paperwork: 'mit CITES Bescheinigung',
  tradeTerms: ['CAR', 'ivory'],
};

export interface Calls {
  screenshots: number;
  includeHtml: boolean[];
}

/** FlagDeps around a real service and fake IndexedDB; each browser call can be made to fail. */
export async function depsWith(
  overrides: Partial<FlagDeps> = {},
  db?: SpoorDb,
): Promise<{ deps: FlagDeps; calls: Calls }> {
  const calls: Calls = { screenshots: 0, includeHtml: [] };
  const deps: FlagDeps = {
    service: createFlagService(db ?? (await freshDb()), steppingClock()),
    clock: () => new Date('2026-03-12T09:30:00.000Z'),
    getTab: async (id) => ({ id, windowId: 1, url: PAGE, title: 'Elfenbein Figur | eBay' }),
    readPage: async (_tabId, { includeHtml }) => {
      calls.includeHtml.push(includeHtml);
      return { ...reading, html: includeHtml ? '<!DOCTYPE html><p>Elfenbein</p>' : undefined };
    },
    detections: async () => [ivory],
    researcher: async () => ({ researcherId: 'anna.k', survey: 'Ivory 2026' }),
    screenshot: async () => {
      calls.screenshots += 1;
      return new Blob([PNG_SIGNATURE, 'png bytes'], { type: 'image/png' });
    },
    snapshot: async () => new Blob(['MIME-Version: 1.0\r\n\r\nmhtml bytes'], { type: 'multipart/related' }),
    extensionVersion: '0.1.0',
    ...overrides,
  };
  return { deps, calls };
}

/**
 * The database as the service sees it, except that writing to one store
 * fails the way a full disk does. Only the store is wrapped: the service's
 * transaction handling is what is under test.
 */
export function fullAt(db: SpoorDb, failing: StoreName, error: () => Error): SpoorDb {
  const bound = <T extends object>(target: T, prop: PropertyKey) => {
    const value = Reflect.get(target, prop, target);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  const wrapStore = <T extends object>(store: T) =>
    new Proxy(store, {
      get: (target, prop) => (prop === 'put' || prop === 'add' ? () => Promise.reject(error()) : bound(target, prop)),
    });
  const wrapTx = <T extends { objectStore(name: StoreName): object }>(tx: T) =>
    new Proxy(tx, {
      get: (target, prop) =>
        prop === 'objectStore'
          ? (name: StoreName) => (name === failing ? wrapStore(target.objectStore(name)) : target.objectStore(name))
          : bound(target, prop),
    });
  return new Proxy(db, {
    get: (target, prop) =>
      prop === 'transaction'
        ? (...args: Parameters<SpoorDb['transaction']>) => wrapTx(target.transaction(...args))
        : bound(target, prop),
  });
}
