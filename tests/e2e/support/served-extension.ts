import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './extension';
import { startServer, type TestServer } from './server';

/** A test file's built extension and the server of tests/e2e/pages, set once the set-up hook has run. */
export interface ServedExtension {
  extension: LoadedExtension;
  server: TestServer;
}

/**
 * For a test file that opens the fixture pages in the built extension: serves tests/e2e/pages and launches the
 * extension in a fresh profile before the file's tests (`each: 'test'`: before each test, for a fresh install each
 * time); closes both after them. Hooks the file registers after this call run after it, the extension launched.
 * @example const setup = withServedExtension(); it('…', () => openScanned(setup.extension, setup.server.url('/x')));
 */
export function withServedExtension({ each = 'file' }: { each?: 'file' | 'test' } = {}): ServedExtension {
  const setup: Partial<ServedExtension> = {};
  const [before, after] = each === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    setup.server = await startServer([resolve(import.meta.dirname, '../pages')]);
    setup.extension = await launchWithExtension();
  });
  after(async () => {
    await setup.extension?.close();
    await setup.server?.close();
  });
  return setup as ServedExtension;
}
