import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type LoadedExtension } from './extension';
import { startServer, type TestServer } from './server';
import { flagByShortcut, writeSettings } from './surfaces';

/** A test file's built extension and fixture pages' server, set once the file's beforeAll has run. */
export interface FlaggedAdSetup {
  extension: LoadedExtension;
  server: TestServer;
}

/**
 * For a test file that reads Spoor's pages with a flag to show: before its tests, serves tests/e2e/pages, launches the
 * built extension, writes `settings` (when given) and flags /flag/ad.html with the shortcut; after them, closes both.
 * @example const setup = withFlaggedAd(); it('…', () => openExtensionPage(setup.extension, 'dashboard.html'));
 */
export function withFlaggedAd(settings?: Record<string, unknown>): FlaggedAdSetup {
  const setup: Partial<FlaggedAdSetup> = {};
  beforeAll(async () => {
    setup.server = await startServer([resolve(import.meta.dirname, '../pages')]);
    setup.extension = await launchWithExtension();
    if (settings) await writeSettings(setup.extension.serviceWorker, settings);
    await flagByShortcut(setup.extension, setup.server.url('/flag/ad.html'));
  });
  afterAll(async () => {
    await setup.extension?.close();
    await setup.server?.close();
  });
  return setup as FlaggedAdSetup;
}
