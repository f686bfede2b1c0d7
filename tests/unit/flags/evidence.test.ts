import { describe, expect, it } from 'vitest';
import { gatherEvidence, MAX_EVIDENCE_BYTES } from '@/lib/flags/evidence';
import { ZIP_LIMITS } from '@/lib/files/zip-limits';

const tab = { id: 3, windowId: 1 };
const png = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'image/png' });

describe('gatherEvidence', () => {
  it('keeps every evidence file within what an import takes in one file', () => {
    expect(MAX_EVIDENCE_BYTES).toBeLessThanOrEqual(ZIP_LIMITS.maxFileBytes);
  });

  it('keeps a file over the limit out and says its size, and keeps the other file', async () => {
    const evidence = await gatherEvidence(
      { screenshot: async () => png(2_000), snapshot: async () => new Blob(['MIME-Version: 1.0']) },
      tab,
      undefined,
      undefined,
      1_000,
    );
    expect(evidence.evidence.map(({ kind, blob }) => [kind, blob.size])).toEqual([['snapshot', 17]]);
    expect(evidence.missing).toEqual([
      { kind: 'screenshot', reason: "2,000 bytes, over Spoor's limit of 0 MB for one evidence file: not kept" },
    ]);
  });

  it("bounds the page's own HTML where the browser has no snapshot API (Firefox)", async () => {
    const evidence = await gatherEvidence(
      { screenshot: async () => png(10) },
      tab,
      'x'.repeat(1_001),
      undefined,
      1_000,
    );
    expect(evidence.evidence.map(({ kind }) => kind)).toEqual(['screenshot']);
    expect(evidence.missing.map(({ kind, reason }) => [kind, /over Spoor's limit/.test(reason)])).toEqual([
      ['snapshot', true],
    ]);
  });
});
