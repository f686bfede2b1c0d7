import { describe, expect, it } from 'vitest';
import { captureSpan } from '@/lib/batch-format/capture-span';

const flag = (...capturedAt: string[]) => ({ observations: capturedAt.map((at) => ({ capturedAt: at })) });

describe('captureSpan (the batch dateRange the export writes and the import checks)', () => {
  it('spans every observation of every flag, by time, in the times as written', () => {
    expect(
      captureSpan([
        flag('2026-03-12T12:00:00.000Z', '2026-03-01T09:00:00Z'),
        flag('2026-03-05T10:00:00.000Z', '2026-03-20T08:30:00.000Z'),
      ]),
    ).toEqual({ from: '2026-03-01T09:00:00Z', to: '2026-03-20T08:30:00.000Z' });
  });

  it('has no span without observations', () => {
    expect(captureSpan([])).toBeUndefined();
    expect(captureSpan([flag()])).toBeUndefined();
  });
});
