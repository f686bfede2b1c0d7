import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');

/** Every source file of the extension: what runs in the background, the pages and the content scripts. */
function sources(): string[] {
  return ['lib', 'entrypoints', 'components'].flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.tsx?$/.test(path))
      .map((path) => join(root, folder, path)),
  );
}

describe('storage.session', () => {
  it('keeps its default access level, so content scripts (and through them pages) can neither read nor write it', () => {
    // The popup trusts the flag statuses kept there (lib/browser/kept-status.ts): only Spoor's own pages and
    // background may write them. Chrome's and Firefox's default is TRUSTED_CONTEXTS.
    const files = sources();
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => readFileSync(file, 'utf8').includes('setAccessLevel'))).toEqual([]);
  });
});
