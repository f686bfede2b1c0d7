import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four projects: plain lib tests, React component tests in jsdom, browser
// tests that load the built extension into Chromium, and a Firefox smoke test
// of the Firefox build (the browser projects run after a build).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    allowOnly: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // No test asserts a time; these only stop a hung test. A busy 2-core machine makes seconds of
          // work (restores compiling the dictionary, 10,000-flag stores, ZIP bombs) take many more.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll's 1 s default: a worker starved of the CPU for a second fails a wait that costs microseconds.
          expect: { poll: { timeout: 30_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/components/setup.ts'],
          // Rendering, signing and IndexedDB in jsdom take seconds when the machine is busy.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Only a hung test reaches these: at load 20+ a page's first highlights took 20 s (evasion's set-up), and
          // a test holds several waits of up to PATIENCE_MS (tests/e2e/support/progress.ts).
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // expect.poll's 1 s default is a machine-speed assumption: a busy browser answers in seconds, and at load
          // 40–60 in tens of seconds. PATIENCE_MS.
          expect: { poll: { timeout: 90_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Only a hung test should reach these: set-up starts Firefox, installs the add-on and waits for the page's
          // report (tests/firefox/pages/observe.js), all of it many times slower at load 40–60.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
