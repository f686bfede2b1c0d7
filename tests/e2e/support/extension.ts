import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PATIENCE_MS } from './progress';

/** The built Chrome MV3 extension the browser tests load (`npm run build:chrome`). */
export const extensionDir = resolve(process.env.SPOOR_OUT_DIR ?? '.output', 'chrome-mv3');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The profile folder; kept on disk by close() when it was passed in. */
  profile: string;
  close(): Promise<void>;
  /** Ends the browser the way a crash or a power cut would: SIGKILL, no shutdown, nothing flushed. */
  kill(): Promise<void>;
}

export interface LaunchOptions {
  /** Start on this profile (kept by close()), e.g. again after kill(), instead of a fresh one. */
  profile?: string;
  /** Load the extension from this folder instead of the build (a modified copy of it). */
  extension?: string;
  /** Extra Chromium switches, e.g. a recording proxy (`--proxy-server=…`). */
  args?: string[];
}

/**
 * Starts Debian's Chromium with the built extension loaded, in a fresh profile.
 * Fails loudly when the build or the browser is missing: a browser test that
 * cannot run is a failure, not a skip.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LoadedExtension> {
  const extension = options.extension ?? extensionDir;
  if (!existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension}: run "npm run build:chrome" first.`);
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium).`);
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'spoor-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  // Every wait of Playwright's given no bound of its own (locators, page loads, events, waitForFunction): not its
  // fixed 30 s.
  context.setDefaultTimeout(PATIENCE_MS);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profile,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
    async kill() {
      const closed = new Promise((resume) => context.once('close', resume));
      process.kill(browserPid(profile), 'SIGKILL');
      await closed;
    },
  };
}

/**
 * The browser process of a profile: playwright-core does not expose it for a
 * persistent context, so it is found by its --user-data-dir among the
 * processes (the browser's own has no --type=, its helpers do).
 */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // Ended meanwhile.
    }
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((arg) => arg.startsWith('--type=')))
      return Number(entry);
  }
  throw new Error(`No browser process runs the profile ${profile}`);
}
