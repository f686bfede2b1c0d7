import { describe, expect, it } from 'vitest';
import { BatchSchema } from '@/lib/batch-format/schema';
import { batchJson, buildBatch } from '@/lib/export/json';
import { annasBatch } from './builder';

describe('buildBatch', () => {
  it('computes the date range and counts over every observation and distinct evidence file', async () => {
    const { doc } = await annasBatch();
    expect(doc.batch).toMatchObject({
      dateRange: { from: '2026-03-10T09:30:00.000Z', to: '2026-03-12T10:00:00.000Z' },
      counts: { flags: 2, observations: 3, artifacts: 3 },
    });
  });

  it('refuses an empty batch', () => {
    const meta = {
      id: crypto.randomUUID(),
      createdAt: new Date(),
      researcher: 'anna.k',
      survey: 's',
      extensionVersion: '0.1.0',
    };
    expect(() => buildBatch([], [], meta, {})).toThrow('at least one flag');
  });
});

describe('batch.json', () => {
  it('round-trips through the schema unchanged', async () => {
    const { doc } = await annasBatch();
    expect(BatchSchema.parse(JSON.parse(batchJson(doc)))).toEqual(doc);
  });

  it.each([
    ['format', { format: 'other' }],
    ['formatVersion', { formatVersion: 1 }],
    ['signature', { signature: undefined }],
  ])('rejects a document with another %s', async (_field, change) => {
    const { doc } = await annasBatch();
    expect(BatchSchema.safeParse({ ...doc, ...change }).success).toBe(false);
  });
});
