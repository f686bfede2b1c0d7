/**
 * This build and, with BENCH_OTHER_BUILD=<folder holding chrome-mv3>[,<another>…], others, each in a browser of its
 * own and set up alike (performance marks on; BENCH_DICTIONARIES=checklist imports the full checklist into each),
 * loaded in turn so that both share the machine's minutes: the way the trace scripts compare a branch with main.
 * Serves the generated bench pages and the real ones of ../shared/data/pages. With BENCH_WITHOUT_SPOOR=1 and a
 * `plain` measure, a browser without any extension takes its turn too (named "without Spoor"), so a page's own tasks
 * are seen in the same minutes as the builds'.
 */
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { extensionDir, launchWithExtension, type LoadedExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { sharedDataPath } from '../tests/shared-data.ts';
import { importFullChecklist } from './checklist.ts';
import { setSettings } from './page-measures.ts';
import { generatedPages, launchPlain } from './page-side.ts';

export interface Build {
  name: string;
  extension: LoadedExtension;
}

/**
 * Runs `measure` on `path` `runs` times for each build in turn, after one warm-up load each, the first place of a
 * round passing from build to build, and gives each build's results with its name; with BENCH_WITHOUT_SPOOR=1,
 * `plain` takes a turn too in a browser without Spoor. Closes the browsers and the server whatever happens.
 */
export async function measureAlternated<T>(
  path: string,
  runs: number,
  measure: (extension: LoadedExtension, url: string) => Promise<T>,
  plain?: (context: BrowserContext, url: string) => Promise<T>,
): Promise<{ name: string; results: T[] }[]> {
  const server = await startServer([sharedDataPath('pages')], [generatedPages]);
  const builds: Build[] = [{ name: 'this build', extension: await launchWithExtension({ extension: extensionDir }) }];
  // Several builds, comma-separated, take their turns in order (a build with a probe's change, a floor build…).
  for (const other of process.env.BENCH_OTHER_BUILD?.split(',').filter(Boolean) ?? [])
    builds.push({
      name: `other (${other})`,
      extension: await launchWithExtension({ extension: join(other, 'chrome-mv3') }),
    });
  const without = plain && process.env.BENCH_WITHOUT_SPOOR === '1' ? await launchPlain() : undefined;
  try {
    for (const { extension } of builds) {
      await setSettings(extension, { performanceMarks: true, paused: false });
      if (process.env.BENCH_DICTIONARIES?.includes('checklist')) await importFullChecklist(extension);
    }
    const turns = [
      ...builds.map(
        ({ extension }) =>
          (url: string) =>
            measure(extension, url),
      ),
      ...(without && plain ? [(url: string) => plain(without.context, url)] : []),
    ];
    const results = turns.map((): T[] => []);
    // Each round starts with the next build: the first load of a round ran slower than the others (pass36: +6 to
    // +14 % for whichever build held the first place), so every build takes the first place in turn.
    for (let run = -1; run < runs; run++) {
      for (let place = 0; place < turns.length; place++) {
        const index = (place + run + 1) % turns.length;
        const result = await turns[index]!(`${server.origin}${path}`);
        if (run >= 0) results[index]!.push(result);
      }
    }
    const names = [...builds.map(({ name }) => name), ...(without ? ['without Spoor'] : [])];
    return names.map((name, index) => ({ name, results: results[index]! }));
  } finally {
    for (const { extension } of builds) await extension.close();
    await without?.close();
    await server.close();
  }
}
