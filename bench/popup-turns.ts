/**
 * The popup opened about the ad page in two browsers of this build, one with the bundled list and one with the full
 * checklist imported, taking turns in the same minutes (popup-waits.ts, popup-contention.ts). Each turn loads the ad
 * page, waits for its badge and BENCH_SETTLE_MS more (0 by default: the page-side bench opens the popup at once), then
 * runs `measure`; one warm-up turn each is left out.
 */
import { extensionDir, launchWithExtension, type LoadedExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { importFullChecklist } from './checklist.ts';
import { setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';
import { badgeAfterLoad } from './responsiveness.ts';

export const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 0);
const MODES = ['bundled', 'checklist'] as const;

/** `runs` turns of each browser; each mode's results, in order. */
export async function popupTurns<T>(
  runs: number,
  measure: (extension: LoadedExtension, tabId: number, badgeMs: number) => Promise<T>,
): Promise<{ mode: string; results: T[] }[]> {
  const server = await startServer([], [generatedPages]);
  const extensions = await Promise.all(MODES.map(() => launchWithExtension({ extension: extensionDir })));
  const results = MODES.map((): T[] => []);
  try {
    for (const [index, extension] of extensions.entries()) {
      await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
      if (MODES[index] === 'checklist') await importFullChecklist(extension);
    }
    for (let run = -1; run < runs; run++) {
      for (const [index, extension] of extensions.entries()) {
        const ad = await badgeAfterLoad(extension, server.origin);
        await new Promise((settled) => setTimeout(settled, SETTLE_MS));
        const result = await measure(extension, ad.tabId, ad.ms);
        if (run >= 0) results[index]!.push(result);
        await ad.page.close();
      }
    }
    return MODES.map((mode, index) => ({
      mode: `${mode} (${extensionDir}), settle ${SETTLE_MS} ms`,
      results: results[index]!,
    }));
  } finally {
    for (const extension of extensions) await extension.close();
    await server.close();
  }
}
