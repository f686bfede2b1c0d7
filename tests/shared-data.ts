import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The shared real data beside the repo (../shared/data, see its README).
 * Tests that need it call this: a missing folder fails the test with a
 * clear message instead of skipping it.
 */
export const sharedDataDir = resolve(
  process.env.SPOOR_SHARED_DATA ?? resolve(import.meta.dirname, '../../shared/data'),
);

export function sharedDataPath(relative: string): string {
  const path = resolve(sharedDataDir, relative);
  if (!existsSync(path)) {
    throw new Error(
      `Shared test data missing: ${path}. These tests need ../shared/data beside the repo ` +
        `(or SPOOR_SHARED_DATA pointing at it).`,
    );
  }
  return path;
}
