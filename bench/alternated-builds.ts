/**
 * This build and, with BENCH_OTHER_BUILD=<folder holding chrome-mv3>, another one, each in a browser of its own and
 * set up alike (performance marks on; BENCH_DICTIONARIES=checklist imports the full checklist into each), loaded in
 * turn so that both share the machine's minutes: the way the trace scripts compare a branch with main. Serves the
 * generated bench pages and the real ones of ../shared/data/pages.
 */
import { join } from 'node:path';
import { extensionDir, launchWithExtension, type LoadedExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { importFullChecklist } from './checklist.ts';
import { setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';

export interface Build {
  name: string;
  extension: LoadedExtension;
}

/**
 * Runs `measure` on `path` `runs` times for each build in turn, after one warm-up load each, and gives each build's
 * results with its name; closes the browsers and the server whatever happens.
 */
export async function measureAlternated<T>(
  path: string,
  runs: number,
  measure: (extension: LoadedExtension, url: string) => Promise<T>,
): Promise<{ name: string; results: T[] }[]> {
  const server = await startServer([sharedDataPath('pages')], [generatedPages]);
  const builds: Build[] = [{ name: 'this build', extension: await launchWithExtension({ extension: extensionDir }) }];
  const other = process.env.BENCH_OTHER_BUILD;
  if (other)
    builds.push({
      name: `other (${other})`,
      extension: await launchWithExtension({ extension: join(other, 'chrome-mv3') }),
    });
  try {
    for (const { extension } of builds) {
      await setSettings(extension, { performanceMarks: true, paused: false });
      if (process.env.BENCH_DICTIONARIES?.includes('checklist')) await importFullChecklist(extension);
    }
    const results = builds.map((): T[] => []);
    for (let run = -1; run < runs; run++) {
      for (const [index, { extension }] of builds.entries()) {
        const result = await measure(extension, `${server.origin}${path}`);
        if (run >= 0) results[index]!.push(result);
      }
    }
    return builds.map(({ name }, index) => ({ name, results: results[index]! }));
  } finally {
    for (const { extension } of builds) await extension.close();
    await server.close();
  }
}
