import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { DB_VERSION, migrations } from '@/lib/storage/migrations';
import { bytesFromBase64 } from '@/lib/flags/bytes';
import { sha256Hex } from '@/lib/flags/hash';
import { AuditEntrySchema, FlagSchema } from '@/lib/records/flag';
import { BatchRecordSchema } from '@/lib/records/batch';
import { checkConsistency } from '@/lib/storage/consistency';
import { dumpDb } from '../reliability/faults-support';

/**
 * A saved database: each store's records, with Blobs written as
 * { "$blob": base64, "type": mime } so the example stays plain JSON.
 */
interface DbFixture {
  version: number;
  stores: Record<string, { key?: IDBValidKey; value: unknown }[]>;
}

const fixturePath = (version: number) => resolve(import.meta.dirname, `../../fixtures/db/v${version}.json`);
const versions = migrations.map((step) => step.version);

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$blob === 'string') return new Blob([bytesFromBase64(record.$blob)], { type: String(record.type) });
  return Object.fromEntries(Object.entries(record).map(([key, member]) => [key, revive(member)]));
}

async function seed(db: SpoorDb, fixture: DbFixture): Promise<void> {
  const names = Object.keys(fixture.stores);
  const tx = db.transaction(names as never, 'readwrite');
  for (const name of names) {
    const store = tx.objectStore(name as never) as unknown as IDBObjectStore;
    // Stores with a key path take the key from the value; the others keep the saved key.
    for (const { key, value } of fixture.stores[name]!)
      await (store.keyPath ? store.put(revive(value)) : store.put(revive(value), key));
  }
  await tx.done;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('the upgrade ladder', () => {
  it('numbers its steps 1, 2, 3… with no gap, ending at the current version', () => {
    expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(versions)('has a saved database example for version %i', (version) => {
    expect(existsSync(fixturePath(version)), `save tests/fixtures/db/v${version}.json`).toBe(true);
  });

  it.each(versions)('opens a version %i database at the current version and loses nothing', async (version) => {
    const fixture = JSON.parse(readFileSync(fixturePath(version), 'utf8')) as DbFixture;
    expect(fixture.version).toBe(version);
    const old = await openSpoorDb('ladder', version);
    await seed(old, fixture);
    old.close();

    const db = await openSpoorDb('ladder');
    expect(db.version).toBe(DB_VERSION);
    const saved = (store: string) => fixture.stores[store] ?? [];
    // Every record, not samples: each store holds exactly the saved records, each one unchanged.
    for (const store of ['flags', 'artifacts', 'audit', 'batches'] as const)
      expect(await db.count(store), store).toBe(saved(store).length);
    for (const { value } of saved('flags')) {
      const current = await db.get('flags', (value as { id: string }).id);
      expect(current).toEqual(revive(value));
      expect(FlagSchema.parse(current)).toEqual(FlagSchema.parse(revive(value)));
    }
    for (const { key, value } of saved('audit')) {
      const current = await db.get('audit', key as number);
      expect(current).toEqual(value);
      expect(AuditEntrySchema.safeParse(current).success).toBe(true);
    }
    for (const { key, value } of saved('artifacts')) {
      const { blob, ...fields } = (await db.get('artifacts', key as string))!;
      const { blob: savedBlob, ...savedFields } = revive(value) as { blob: Blob };
      expect(fields).toEqual(savedFields);
      expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array(await savedBlob.arrayBuffer()));
      expect(await sha256Hex(blob)).toBe(key);
    }
    for (const { value } of saved('batches')) {
      const current = await db.get('batches', (value as { id: string }).id);
      expect(current).toEqual(value);
      expect(BatchRecordSchema.safeParse(current).success).toBe(true);
    }
    // And what ties them together: evidence named by flags, trails, exports.
    expect(checkConsistency(await dumpDb(db))).toEqual([]);
    // New writes keep numbering the trail after the old entries.
    const next = await db.add(
      'audit',
      AuditEntrySchema.parse({ flagId: crypto.randomUUID(), at: '2026-05-01T00:00:00.000Z', by: 'x', action: 'edit' }),
    );
    expect(next).toBeGreaterThan(Math.max(0, ...(fixture.stores.audit ?? []).map(({ key }) => key as number)));
    db.close();
  });

  it('gives the current database the indexes the service looks flags up by', async () => {
    const db = await openSpoorDb('indexes');
    const tx = db.transaction(['flags', 'audit']);
    expect([...tx.objectStore('flags').indexNames].sort()).toEqual(['canonicalUrl', 'platform', 'status', 'updatedAt']);
    expect([...tx.objectStore('audit').indexNames]).toEqual(['flagId']);
    db.close();
  });

  it('keeps exported and imported batches in their own store, by batch id (version 2)', async () => {
    const db = await openSpoorDb('batches');
    expect([...db.objectStoreNames].sort()).toEqual(['artifacts', 'audit', 'batches', 'flags']);
    expect(db.transaction('batches').store.keyPath).toBe('id');
    db.close();
  });
});
