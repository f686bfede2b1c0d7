import { beforeEach, describe, expect, it } from 'vitest';
import { createFlagService } from '@/lib/flags/service';
import type { SpoorDb } from '@/lib/storage/db';
import { StorageFullError } from '@/lib/storage/quota';
import { captureOf, freshDb, fullAt } from './support';

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const quotaAbort = () => new DOMException('Transaction aborted: quota exceeded', 'AbortError');

let db: SpoorDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('a full disk', () => {
  it.each([
    ['artifacts', 'QuotaExceededError', quotaExceeded],
    ['audit', 'QuotaExceededError', quotaExceeded],
    ['flags', 'AbortError naming the quota', quotaAbort],
  ] as const)('writing %s (%s) saves nothing new and keeps every earlier flag', async (store, _kind, error) => {
    const earlier = await createFlagService(db).record(await captureOf('https://shop.example/ad/1'), 'ask');
    const full = createFlagService(fullAt(db, store, error));

    const attempt = full.record(await captureOf('https://shop.example/ad/2'), 'ask');

    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(/^Storage is full: /);
    expect(await db.getAll('flags')).toEqual([earlier.flag]);
    expect(await db.count('audit')).toBe(1);
    expect(await db.getAllKeys('artifacts')).toEqual([earlier.flag.observations[0]!.artifacts[0]!.sha256]);
  });

  it('leaves an edit unapplied and unlogged', async () => {
    const { flag } = await createFlagService(db).record(await captureOf('https://shop.example/ad/1'), 'ask');
    const full = createFlagService(fullAt(db, 'audit', quotaExceeded));

    await expect(full.edit(flag.id, { assessment: { notes: 'seen again' } }, 'ben')).rejects.toBeInstanceOf(
      StorageFullError,
    );
    expect((await createFlagService(db).get(flag.id))!.assessment.notes).toBe('');
    expect(await db.count('audit')).toBe(1);
  });

  it('passes other failures through unchanged', async () => {
    const full = createFlagService(fullAt(db, 'flags', () => new TypeError('broken record')));
    await expect(full.record(await captureOf('https://shop.example/ad/1'), 'ask')).rejects.toThrow('broken record');
    expect(await db.count('flags')).toBe(0);
  });
});
