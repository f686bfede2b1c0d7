/**
 * Where the popup's script time goes, by file: opens the popup about the ad page under V8's sampling profiler (50 µs)
 * and prints, summed over the runs after the browser's first two opens (those compile and produce the code cache,
 * popup-trace.ts), the profile's self time by script file and by function for the heaviest, so a cut can be aimed at
 * React DOM, zod's core, the schemas built at evaluation or Spoor's own first render.
 *
 *   npm run build:chrome && BENCH_PAGE_RUNS=5 node --experimental-transform-types --no-warnings \
 *     --import ./bench/ts-paths.ts bench/popup-profile.ts
 */
import { launchWithExtension } from '../tests/e2e/support/extension.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { timeToPopupReady } from './flagging.ts';
import { setSettings } from './page-measures.ts';
import { generatedPages } from './page-side.ts';
import { badgeAfterLoad } from './responsiveness.ts';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const WARM_UP = 2;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const byFile = new Map<string, number>();
const byFunction = new Map<string, number>();
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

const server = await startServer([], [generatedPages]);
const extension = await launchWithExtension();
try {
  await setSettings(extension, { researcherId: 'bench', survey: 'benchmark' });
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const ad = await badgeAfterLoad(extension, server.origin);
    const popup = await extension.context.newPage();
    const cdp = await extension.context.newCDPSession(popup);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${ad.tabId}`);
    await timeToPopupReady(popup);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await popup.close();
    await ad.page.close();
    if (run < WARM_UP) continue;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const frame = nodes.get(id)!.callFrame;
      const file = frame.url
        ? frame.url
            .split('/')
            .pop()!
            .replace(/-[\w-]{8}\.js$/, '.js')
        : `(${frame.functionName})`;
      const us = profile.timeDeltas[index + 1] ?? 0;
      add(byFile, file, us);
      if (frame.url) add(byFunction, `${file}:${frame.lineNumber} ${frame.functionName || '(anonymous)'}`, us);
    });
  }
  const print = (title: string, map: Map<string, number>, limit: number) => {
    console.log(title);
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit))
      console.log(`${(us / 1000 / RUNS).toFixed(2).padStart(8)} ms  ${key}`);
  };
  print(`self time by file, mean of ${RUNS} opens after ${WARM_UP} warm-ups (ms a open)`, byFile, 20);
  print('heaviest functions', byFunction, 25);
} finally {
  await extension.close();
  await server.close();
}
