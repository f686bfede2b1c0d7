import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openSpoorDb, type SpoorDb } from '@/lib/storage/db';
import { DB_VERSION, migrations } from '@/lib/storage/migrations';
import { bytesFromBase64 } from '@/lib/integrity/bytes';
import { sha256Hex } from '@/lib/integrity/hash';
import * as z from 'zod/mini';
import { chainEntry } from '@/lib/integrity/chain';
import { readHistory } from '@/lib/flags/history-store';
import { AuditEntrySchema, FlagSchema } from '@/lib/records/flag';
import { MIGRATE_NOTE } from '@/lib/storage/migrations/legacy-history';
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
    const chained = version < 3;
    // Every record, not samples: each store holds every saved record, each one as saved, or, for a
    // database from before the chain of custody, with only what version 3 adds (its chain fields).
    for (const store of ['flags', 'artifacts', 'signers'] as const)
      expect(await db.count(store), store).toBe(saved(store).length);
    // A flag deleted before version 3 gets a tombstone from its delete entry.
    const live = new Set(saved('flags').map(({ value }) => (value as { id: string }).id));
    const deleted = saved('audit')
      .map(({ value }) => value as { action: string; flagId: string })
      .filter((entry) => entry.action === 'delete' && !live.has(entry.flagId));
    expect(await db.count('tombstones')).toBe(chained ? deleted.length : saved('tombstones').length);
    for (const { value } of saved('flags')) {
      const current = FlagSchema.parse(await db.get('flags', (value as { id: string }).id));
      if (!chained) expect(current).toEqual(revive(value));
      const { auditHead: _head, claims, status, ...rest } = current;
      const {
        status: savedStatus,
        claims: _claims,
        ...savedRest
      } = z
        .extend(z.omit(FlagSchema, { auditHead: true, status: true }), { status: z.string() })
        .parse({ auditHead: '0'.repeat(64), ...(revive(value) as object) });
      expect(rest).toEqual(savedRest);
      expect(claims).toEqual([]);
      // "exported" is no longer a review status: it goes back to the one it replaced.
      expect(status).toBe(savedStatus === 'exported' ? 'new' : savedStatus);
    }
    for (const { key, value } of saved('audit')) {
      const current = AuditEntrySchema.parse(await db.get('audit', key as number));
      if (!chained) expect(current).toEqual(value);
      const { hash: _hash, prev: _prev, legacy, flagSha256: _state, ...rest } = current;
      expect(rest).toEqual(z.omit(AuditEntrySchema, { hash: true, prev: true, flagSha256: true }).parse(value));
      if (chained) expect(legacy).toBe(true);
    }
    if (chained) {
      // One migrate entry closes each flag's legacy chain (and each deleted flag's).
      const migrate = (await db.getAll('audit')).filter((entry) => entry.action === 'migrate');
      expect(migrate.map((entry) => entry.flagId).sort()).toEqual(
        [...live, ...deleted.map((entry) => entry.flagId)].sort(),
      );
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
    // And what ties them together: every history verifies from its head, evidence named by flags, exports.
    expect(checkConsistency(await dumpDb(db))).toEqual([]);
    // New writes keep numbering the trail after the old entries.
    const flag = FlagSchema.parse((await db.getAll('flags'))[0]);
    const next = await db.add(
      'audit',
      chainEntry({ flagId: flag.id, at: '2026-05-01T00:00:00.000Z', by: 'x', action: 'edit' }, flag.auditHead, flag),
    );
    expect(next).toBeGreaterThan(Math.max(0, ...(fixture.stores.audit ?? []).map(({ key }) => key as number)));
    db.close();
  });

  it('chains a version 2 history in store order, marks it legacy, and closes it with a migrate entry', async () => {
    const fixture = JSON.parse(readFileSync(fixturePath(2), 'utf8')) as DbFixture;
    const old = await openSpoorDb('legacy', 2);
    await seed(old, fixture);
    old.close();
    const db = await openSpoorDb('legacy');
    for (const stored of await db.getAll('flags')) {
      const flag = FlagSchema.parse(stored);
      const { history } = await readHistory(db, flag.id);
      expect(history.problems).toEqual([]);
      const actions = history.entries.map((entry) => `${entry.action}${entry.legacy ? ' (legacy)' : ''}`);
      expect(actions.at(-1)).toBe('migrate');
      expect(actions.slice(0, -1).every((action) => action.endsWith('(legacy)'))).toBe(true);
      expect(history.entries.at(-1)!.note).toBe(MIGRATE_NOTE);
    }
    db.close();
  });

  it('gives the current database the indexes the service looks flags up by', async () => {
    const db = await openSpoorDb('indexes');
    const tx = db.transaction(['flags', 'audit']);
    expect([...tx.objectStore('flags').indexNames].sort()).toEqual(['canonicalUrl', 'platform', 'status', 'updatedAt']);
    expect([...tx.objectStore('audit').indexNames].sort()).toEqual(['flagId', 'hash']);
    db.close();
  });

  it('keeps exported and imported batches in their own store, by batch id (version 2)', async () => {
    const db = await openSpoorDb('batches');
    expect(db.transaction('batches').store.keyPath).toBe('id');
    db.close();
  });

  it('finds audit entries by their hash, and keeps tombstones, keys and signers in stores of their own (version 3)', async () => {
    const db = await openSpoorDb('chain');
    expect([...db.objectStoreNames].sort()).toEqual([
      'artifacts',
      'audit',
      'batches',
      'flags',
      'keys',
      'signers',
      'tombstones',
    ]);
    expect(db.transaction('audit').store.index('hash').unique).toBe(true);
    expect(db.transaction('tombstones').store.keyPath).toBe('flagId');
    db.close();
  });
});
