import { beforeEach, describe, expect, it } from 'vitest';
import { createFlagService, type FlagService } from '@/lib/flags/service';
import { recordHash, sha256Hex } from '@/lib/integrity/hash';
import { FlagSchema } from '@/lib/records/flag';
import { MAX_FIELD_CHARS, MAX_FIELD_ITEMS } from '@/lib/records/limits';
import type { SpoorDb } from '@/lib/storage/db';
import { captureOf, freshDb, steppingClock } from './support';

const AD = 'https://shop.example/ad/1';
let db: SpoorDb;
let flags: FlagService;

beforeEach(async () => {
  db = await freshDb();
  flags = createFlagService(db, steppingClock());
});

/** The flag's history entries, oldest first, after checking it whole. */
async function trail(flagId: string) {
  const { history } = await flags.history(flagId);
  expect(history.problems).toEqual([]);
  return history.entries;
}

describe('record', () => {
  it('creates a flag with its observation, evidence and pre-filled assessment', async () => {
    const capture = await captureOf(AD);
    const { outcome, flag } = await flags.record(capture, 'ask');

    expect(outcome).toBe('created');
    expect(FlagSchema.parse(await db.get('flags', flag.id))).toEqual(flag);
    expect(flag.assessment).toMatchObject({ intent: 'selling', paperwork: 'pre-1947', tradeTerms: ['CAR'] });
    const [observation] = flag.observations;
    expect(observation!.capturedAt).toBe('2026-03-12T09:30:00.000Z');
    expect(await recordHash(observation!, 'recordSha256')).toBe(observation!.recordSha256);
    const screenshot = observation!.artifacts[0]!;
    const stored = await flags.artifact(screenshot.sha256);
    expect(await sha256Hex(stored!.blob)).toBe(screenshot.sha256);
    expect(await trail(flag.id)).toMatchObject([{ action: 'create', by: 'anna.k', flagId: flag.id }]);
  });

  it('stops at an ad already flagged when asked, and saves nothing', async () => {
    const first = await flags.record(await captureOf(AD), 'ask');
    const again = await flags.record(await captureOf(AD, { evidence: [] }), 'ask');

    expect(again).toEqual({ outcome: 'already-flagged', flag: first.flag });
    expect(await db.count('flags')).toBe(1);
    expect(await trail(first.flag.id)).toHaveLength(1);
  });

  it('adds an observation with its own time, price and screenshot to the same flag', async () => {
    const first = await flags.record(await captureOf(AD), 'ask');
    const relisted = await captureOf(AD, {
      capturedAt: new Date('2026-04-02T08:00:00.000Z'),
      ad: { title: 'Carved ivory figure', price: { amount: 390, currency: 'EUR' }, imageUrls: [], sources: {} },
      evidence: [{ kind: 'screenshot', blob: new Blob(['another png'], { type: 'image/png' }) }],
    });
    const { outcome, flag } = await flags.record(relisted, 'observe');

    expect(outcome).toBe('observed');
    expect(flag.id).toBe(first.flag.id);
    expect(flag.observations.map((o) => [o.capturedAt, o.ad.price?.amount])).toEqual([
      ['2026-03-12T09:30:00.000Z', 450],
      ['2026-04-02T08:00:00.000Z', 390],
    ]);
    expect(flag.observations[1]!.artifacts[0]!.sha256).not.toBe(flag.observations[0]!.artifacts[0]!.sha256);
    expect((await trail(flag.id)).map((entry) => entry.action)).toEqual(['create', 'observe']);
  });
});

describe('edit', () => {
  it('logs each changed field with its old and new value, and who changed it', async () => {
    const { flag } = await flags.record(await captureOf(AD), 'ask');
    const edited = await flags.edit(
      flag.id,
      { assessment: { suspicion: 'high', tags: ['carving'] }, ad: { title: 'Ivory netsuke' } },
      'ben',
    );

    expect(edited.assessment.suspicion).toBe('high');
    expect(edited.ad.sources.title).toBe('researcher');
    const last = (await trail(flag.id)).at(-1)!;
    expect(last).toMatchObject({ action: 'edit', by: 'ben' });
    expect(last.changes).toEqual([
      { path: 'ad.sources.title', from: 'json-ld', to: 'researcher' },
      { path: 'ad.title', from: 'Carved ivory figure', to: 'Ivory netsuke' },
      { path: 'assessment.suspicion', from: 'medium', to: 'high' },
      { path: 'assessment.tags', from: [], to: ['carving'] },
    ]);
  });

  it('drops the reader’s confidence and the inferred-currency mark for what the researcher corrects', async () => {
    const { flag } = await flags.record(
      await captureOf(AD, {
        ad: {
          title: 'Carved ivory figure',
          price: { amount: 450, currency: 'EUR', currencyInferred: true },
          imageUrls: [],
          sources: { title: 'json-ld', price: 'visible' },
          confidence: { title: 0.9, price: 0.6 },
        },
      }),
      'ask',
    );
    const edited = await flags.edit(flag.id, { ad: { price: { amount: 450, currency: 'CHF' } } }, 'ben');
    expect(edited.ad).toMatchObject({
      price: { amount: 450, currency: 'CHF' },
      sources: { title: 'json-ld', price: 'researcher' },
      confidence: { title: 0.9 },
    });
    expect(edited.ad.price?.currencyInferred).toBeUndefined();
    expect(edited.ad.confidence).not.toHaveProperty('price');
  });

  it('writes no audit entry when nothing changed', async () => {
    const { flag } = await flags.record(await captureOf(AD), 'ask');
    await flags.edit(flag.id, { assessment: { intent: 'selling' } }, 'ben');
    expect(await trail(flag.id)).toHaveLength(1);
  });

  it('refuses notes or tags over the limits an import holds a batch to, and saves them at the limits', async () => {
    const { flag } = await flags.record(await captureOf(AD), 'ask');
    const notes = 'Seen again at the market. '.repeat(4_000).slice(0, MAX_FIELD_CHARS);
    await expect(flags.edit(flag.id, { assessment: { notes: `${notes}!` } }, 'ben')).rejects.toThrow(
      `assessment.notes: 100,001 characters, more than a field may hold (100,000)`,
    );
    const tags = Array.from({ length: MAX_FIELD_ITEMS + 1 }, (_, index) => `stall ${index}`);
    await expect(flags.edit(flag.id, { assessment: { tags } }, 'ben')).rejects.toThrow(
      /assessment\.tags: 10,001 items/,
    );
    expect(await trail(flag.id)).toHaveLength(1);
    const edited = await flags.edit(flag.id, { assessment: { notes, tags: tags.slice(1) } }, 'ben');
    expect(edited.assessment.notes).toHaveLength(MAX_FIELD_CHARS);
  });

  it('refuses to edit a flag that does not exist', async () => {
    await expect(flags.edit(crypto.randomUUID(), { status: 'reviewed' }, 'ben')).rejects.toThrow(/No flag/);
  });
});

describe('remove', () => {
  it('deletes the flag but keeps its trail, with the deleted record in it', async () => {
    const { flag } = await flags.record(await captureOf(AD), 'ask');
    await flags.remove(flag.id, 'ben', 'duplicate of another survey');

    expect(await flags.get(flag.id)).toBeUndefined();
    const entries = await trail(flag.id);
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'delete']);
    expect(entries[1]).toMatchObject({
      by: 'ben',
      note: 'duplicate of another survey',
      changes: [{ path: '', from: flag, to: null }],
    });
    // Evidence stays: the trail's hashes remain checkable.
    expect(await flags.artifact(flag.observations[0]!.artifacts[0]!.sha256)).toBeDefined();
  });
});

describe('countOnPlatform', () => {
  it('counts the flags of one platform', async () => {
    await flags.record(await captureOf(AD), 'ask');
    await flags.record(await captureOf('https://shop.example/ad/2'), 'ask');
    expect([await flags.countOnPlatform('shop.example'), await flags.countOnPlatform('ebay')]).toEqual([2, 0]);
  });
});
