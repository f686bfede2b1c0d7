import { expect, it } from 'vitest';
import { evictionRisk, requestPersistence } from '@/lib/storage/persist';

const GB = 1024 ** 3;

it.each([
  ['persistent storage, nearly full disk', 'persistent', { usage: 9 * GB, quota: 9.5 * GB }, false],
  ['best effort, plenty of room', 'best-effort', { usage: 1 * GB, quota: 50 * GB }, false],
  ['best effort, under a gigabyte left', 'best-effort', { usage: 49.5 * GB, quota: 50 * GB }, true],
  ['best effort, over 80 % used', 'best-effort', { usage: 4.5 * GB, quota: 5 * GB }, true],
  ['no storage manager', 'unavailable', { usage: 9 * GB, quota: 9.5 * GB }, false],
  ['no estimate', 'best-effort', undefined, false],
] as const)('%s: warn %s', (_name, persistence, estimate, warn) => {
  expect(evictionRisk(persistence, estimate)).toBe(warn);
});

it('asks for persistence only when it is not granted already', async () => {
  let asked = 0;
  const storage = (persisted: boolean, granted: boolean) => ({
    persisted: async () => persisted,
    persist: async () => (asked++, granted),
  });
  expect(await requestPersistence(storage(true, false))).toBe('persistent');
  expect(asked).toBe(0);
  expect(await requestPersistence(storage(false, false))).toBe('best-effort');
  expect(await requestPersistence(undefined)).toBe('unavailable');
});
