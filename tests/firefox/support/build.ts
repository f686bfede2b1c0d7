import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The built Firefox MV3 extension (`npm run build:firefox`), in SPOOR_OUT_DIR like the Chromium tests. */
export const firefoxBuildDir = resolve(process.env.SPOOR_OUT_DIR ?? '.output', 'firefox-mv3');

/** Fails loudly when the Firefox build is missing: a test that cannot run is a failure, not a skip. */
export function requireFirefoxBuild(): string {
  if (!existsSync(join(firefoxBuildDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${firefoxBuildDir}: run "npm run build:firefox" first.`);
  }
  return firefoxBuildDir;
}
