import { expect, it } from 'vitest';
import { openWelcomeOnInstall } from '@/lib/onboarding/welcome';

it('opens the welcome page on install only, not on updates or browser restarts', () => {
  let listener: ((details: { reason: string }) => void) | undefined;
  const opened: string[] = [];
  openWelcomeOnInstall({
    runtime: {
      onInstalled: { addListener: (added) => void (listener = added) },
      getURL: (path) => `chrome-extension://spoor${path}`,
    },
    tabs: { create: async ({ url }) => void opened.push(url) },
  });
  listener!({ reason: 'update' });
  listener!({ reason: 'chrome_update' });
  expect(opened).toEqual([]);
  listener!({ reason: 'install' });
  expect(opened).toEqual(['chrome-extension://spoor/welcome.html']);
});
