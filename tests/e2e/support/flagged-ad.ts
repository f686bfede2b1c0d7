import { beforeAll } from 'vitest';
import { withServedExtension, type ServedExtension } from './served-extension';
import { flagByShortcut, writeSettings } from './surfaces';

/**
 * For a test file that reads Spoor's pages with a flag to show: before its tests, serves tests/e2e/pages, launches the
 * built extension (withServedExtension), writes `settings` (when given) and flags /flag/ad.html with the shortcut;
 * after them, closes both.
 * @example const setup = withFlaggedAd(); it('…', () => openExtensionPage(setup.extension, 'dashboard.html'));
 */
export function withFlaggedAd(settings?: Record<string, unknown>): ServedExtension {
  const setup = withServedExtension();
  beforeAll(async () => {
    if (settings) await writeSettings(setup.extension.serviceWorker, settings);
    await flagByShortcut(setup.extension, setup.server.url('/flag/ad.html'));
  });
  return setup;
}
