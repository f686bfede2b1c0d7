/**
 * What a popup cannot go under on this machine: an extension page with nothing in it, opened like the popup
 * and timed like it (navigation start to the moment the bench's script first runs in it, after its load
 * event). The build never ships such a page, so the bench loads a copy of the build that has one more file,
 * `floor.html`; nothing else differs.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const FLOOR_PAGE = 'floor.html';

/**
 * A copy of the built extension in `extension` (a chrome-mv3 folder) with an empty page added; returns its
 * folder, removed when the bench exits.
 * @example const spoor = await launchWithExtension({ extension: withFloorPage(extensionDir) });
 */
export function withFloorPage(extension: string): string {
  const root = mkdtempSync(join(tmpdir(), 'spoor-bench-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  const copy = join(root, 'chrome-mv3');
  cpSync(extension, copy, { recursive: true });
  writeFileSync(join(copy, FLOOR_PAGE), '<!doctype html><html lang="en"><title>Spoor</title><body></body></html>\n');
  return copy;
}

/** Opens the empty extension page and returns the time from its navigation start to the bench's first look (ms). */
export async function floorReady(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/${FLOOR_PAGE}`);
    // timeToPopupReady's first look, on a page that is ready as soon as it is there.
    return await page.evaluate(() => performance.now());
  } finally {
    await page.close();
  }
}
