import { describe, expect, it } from 'vitest';
import { isQuotaError, StorageFullError } from '@/lib/storage/quota';
import { requestPersistence } from '@/lib/storage/persist';

describe('isQuotaError', () => {
  it.each([
    [new DOMException('Quota exceeded', 'QuotaExceededError'), true],
    [new DOMException('The transaction was aborted: quota exceeded.', 'AbortError'), true],
    [new DOMException('The transaction was aborted.', 'AbortError'), false],
    [new DOMException('Key already exists', 'ConstraintError'), false],
    [new TypeError('quota'), false],
    ['QuotaExceededError', false],
    [undefined, false],
  ])('%s → %s', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('tells the researcher in words they can act on', () => {
    expect(new StorageFullError('delete old flags').message).toBe('Storage is full: delete old flags');
  });
});

describe('requestPersistence', () => {
  const storage = (persisted: boolean, granted: boolean) => ({
    persisted: async () => persisted,
    persist: async () => granted,
  });
  it.each([
    ['already persistent', storage(true, false), 'persistent'],
    ['granted now', storage(false, true), 'persistent'],
    ['refused', storage(false, false), 'best-effort'],
    ['without the API', undefined, 'unavailable'],
  ] as const)('reports %s', async (_label, manager, expected) => {
    expect(await requestPersistence(manager)).toBe(expected);
  });
});
