import { beforeEach, describe, expect, it } from 'vitest';
import { createFlagService, type FlagService } from '@/lib/flags/service';
import type { SpoorDb } from '@/lib/storage/db';
import { captureOf, freshDb } from './support';

let db: SpoorDb;
let flags: FlagService;
beforeEach(async () => {
  db = await freshDb();
  flags = createFlagService(db);
});

describe('two tabs flagging at the same moment', () => {
  it('both succeed for two different ads', async () => {
    const [a, b] = await Promise.all([
      captureOf('https://shop.example/ad/1').then((capture) => flags.record(capture, 'ask')),
      captureOf('https://shop.example/ad/2').then((capture) => flags.record(capture, 'ask')),
    ]);
    expect([a.outcome, b.outcome]).toEqual(['created', 'created']);
    expect((await db.getAll('flags')).map((flag) => flag.canonicalUrl).sort()).toEqual([
      'https://shop.example/ad/1',
      'https://shop.example/ad/2',
    ]);
    expect(await db.count('audit')).toBe(2);
  });

  it('give one flag, not two, for the same ad', async () => {
    const [one, two] = await Promise.all([
      captureOf('https://shop.example/ad/1'),
      captureOf('https://shop.example/ad/1'),
    ]);
    const outcomes = await Promise.all([flags.record(one, 'ask'), flags.record(two, 'ask')]);
    expect(outcomes.map((result) => result.outcome).sort()).toEqual(['already-flagged', 'created']);
    expect(await db.count('flags')).toBe(1);
  });

  it('add both observations when both asked to observe', async () => {
    const [one, two] = await Promise.all([
      captureOf('https://shop.example/ad/1'),
      captureOf('https://shop.example/ad/1'),
    ]);
    await Promise.all([flags.record(one, 'observe'), flags.record(two, 'observe')]);
    const [flag] = await db.getAll('flags');
    expect(flag!.observations.map((o) => o.id).sort()).toEqual([one.observation.id, two.observation.id].sort());
  });
});
