import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmd, type ExtensionRunner } from 'web-ext';
import { consoleStream } from 'web-ext/util/logger';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Prefs for the throwaway profile. In Manifest V3 Firefox treats host
 * permissions as the user's to grant; this pref grants the manifest's hosts
 * at install, as accepting the install prompt of a signed add-on does. It is
 * already Firefox's default (153 ESR); set here so the test does not lean on
 * a distribution's defaults. Without it Spoor highlights nothing, and its
 * popup shows the site-access notice (components/SiteAccessNotice.tsx).
 * Firefox suspends an MV3 event page after 30 s without events: at load 40–60 the page's report can come later than
 * that, and the smoke test, which then asks whether the background runs, found it stopped. The idle bound is raised
 * past the tests' own (300 s), so "running" says the background started, not how fast the machine was.
 */
const PREFS = { 'extensions.originControls.grantByDefault': true, 'extensions.background.idle.timeout': 600_000 };

export interface RunningFirefox {
  /** The add-on as Firefox's remote debugging protocol lists it. */
  addon(id: string): Promise<Record<string, unknown>>;
  /** Closes Firefox and deletes the profile; safe to call more than once. */
  exit(): Promise<void>;
}

/** Ids of the processes started with `profile` on their command line (Firefox and its content processes). */
function processesUsing(profile: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(profile);
      } catch {
        return false; // it ended while we looked
      }
    })
    .map(Number);
}

/**
 * Starts headless Firefox ESR with a fresh profile and the built extension
 * installed as a temporary add-on (how `web-ext run` loads it), showing
 * `startUrl`. Fails loudly when Firefox is missing.
 * @example const firefox = await startFirefox({ extensionDir, startUrl }); try { … } finally { await firefox.exit(); }
 */
export async function startFirefox({
  extensionDir,
  startUrl,
}: {
  extensionDir: string;
  startUrl: string;
}): Promise<RunningFirefox> {
  if (!existsSync(firefoxPath)) {
    throw new Error(`No Firefox at ${firefoxPath}: install Debian's firefox-esr (apt-get install -y firefox-esr).`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'spoor-firefox-'));
  // The profile path is in Firefox's command line: if web-ext fails after starting
  // Firefox (an install error), it returns no runner, and this still finds the process.
  const killLeftovers = () => {
    for (const pid of processesUsing(profile)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // it ended on its own meanwhile
      }
    }
    rmSync(profile, { recursive: true, force: true });
  };
  let runner: ExtensionRunner;
  // web-ext narrates every start; its log is shown only when the start fails.
  consoleStream.startCapturing();
  try {
    runner = await cmd.run(
      {
        sourceDir: extensionDir,
        target: ['firefox-desktop'],
        firefox: firefoxPath,
        firefoxProfile: profile,
        keepProfileChanges: true,
        pref: PREFS,
        args: ['--headless'],
        startUrl,
        noReload: true,
        noInput: true,
      },
      { shouldExitProgram: false },
    );
  } catch (error) {
    consoleStream.flushCapturedLogs();
    killLeftovers();
    throw error;
  } finally {
    consoleStream.stopCapturing();
  }
  let exited = false;
  return {
    addon: (id) => runner.extensionRunners[0]!.remoteFirefox!.getInstalledAddon(id),
    async exit() {
      if (exited) return;
      exited = true;
      await runner.exit().finally(killLeftovers);
    },
  };
}
