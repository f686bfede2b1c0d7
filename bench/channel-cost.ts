/**
 * What moving the stored tab pack to a page costs per channel (issue 14's "another channel for the pack"): the wall
 * time, in an extension page of the built extension, of reading what a top frame reads before its first report (the
 * active generation's head and its index and lists parts) as a tab's content script does (`local`: one
 * storage.local.get per part, all asked at once), in one storage.local.get (`local-one`), from storage.session (a
 * copy the service worker made first, one get per part: `session`), as one port message from the service worker
 * holding them all (`port`, from the worker's memory: the channel alone), and as `local` with the same values stored
 * again in pieces of 64 or 128 K characters (`local-64k`, `local-128k`; PART_CHARS is 256 K). `meta`: one small get
 * ('dict:meta'), the price of each read a tab makes one after another (the meta, the head, and after the index the
 * custom terms, then the settings); `meta-behind`: the same get asked just after the parts' gets, until its reply.
 * Rounds alternate the channels, each round starting with the next one, after a round not counted.
 * BENCH_DICTIONARIES=checklist imports the full 2017 checklist first; BENCH_ROUNDS rounds (9); BENCH_CHANNELS=local,…
 * only those.
 *
 *   BENCH_DICTIONARIES=checklist node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts \
 *     bench/channel-cost.ts
 */
import { extensionDir, launchWithExtension } from '../tests/e2e/support/extension.ts';
import { importFullChecklist } from './checklist.ts';
import { median } from './page-measures.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const ALL_CHANNELS = [
  'local',
  'local-one',
  'session',
  'port',
  'local-64k',
  'local-128k',
  'meta',
  'meta-behind',
] as const;
/** BENCH_CHANNELS=local,session,…: only these take turns. */
const CHANNELS = ALL_CHANNELS.filter((channel) => process.env.BENCH_CHANNELS?.split(',').includes(channel) ?? true);
/** The `local-<n>k` channels: the same values cut into pieces of n·1024 characters, one get each. */
const PIECE_SIZES = [64, 128];
const PORT_NAME = 'bench:channel-cost';

const extension = await launchWithExtension({ extension: extensionDir });
try {
  if (process.env.BENCH_DICTIONARIES === 'checklist') await importFullChecklist(extension);
  // The worker keeps the parts in memory for the port and copies them to storage.session.
  const { partKeys, pieceKeys } = await extension.serviceWorker.evaluate(
    async ({ portName, pieceSizes }) => {
      type Meta = { generation: string; compiledChunks: number };
      // The bundled list's pack is stored a moment after the install.
      let meta: Meta | undefined;
      while (!(meta = (await chrome.storage.local.get('dict:meta'))['dict:meta'] as Meta | undefined))
        await new Promise((resolve) => setTimeout(resolve, 200));
      const key = (i: number) => `dict:${meta.generation}:compiled:${i}`;
      const head = (await chrome.storage.local.get(key(0)))[key(0)] as { parts: { column: string }[] };
      // What a top frame reads before its first pass and report: the index and the lists, not the texts' pages.
      const partKeys = [key(0)];
      head.parts.forEach(({ column }, i) => {
        if (column === 'index' || column === 'lists') partKeys.push(key(i + 1));
      });
      const parts = await chrome.storage.local.get(partKeys);
      await chrome.storage.session.set(parts);
      const pieceKeys: Record<string, string[]> = {};
      for (const size of pieceSizes) {
        const pieces: Record<string, string> = {};
        for (const [key, value] of Object.entries(parts)) {
          const text = typeof value === 'string' ? value : JSON.stringify(value);
          for (let at = 0; at < text.length; at += size * 1024)
            pieces[`bench:${size}k:${key}:${at}`] = text.slice(at, at + size * 1024);
        }
        await chrome.storage.local.set(pieces);
        pieceKeys[`local-${size}k`] = Object.keys(pieces);
      }
      chrome.runtime.onConnect.addListener((port) => {
        if (port.name !== portName) return;
        port.onMessage.addListener(() => port.postMessage(partKeys.map((key) => parts[key])));
      });
      return { partKeys, pieceKeys };
    },
    { portName: PORT_NAME, pieceSizes: PIECE_SIZES },
  );
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/welcome.html`);
  await page.waitForTimeout(1_000);
  const ms: Record<string, number[]> = Object.fromEntries(CHANNELS.map((channel) => [channel, []]));
  let chars = 0;
  for (let round = 0; round <= ROUNDS; round++)
    for (let i = 0; i < CHANNELS.length; i++) {
      const channel = CHANNELS[(round + i) % CHANNELS.length]!;
      const result = await page.evaluate(
        async ({ channel, keys, portName }) => {
          const lengthOf = (values: unknown[]) =>
            values.reduce<number>((sum, v) => sum + (typeof v === 'string' ? v.length : JSON.stringify(v).length), 0);
          const start = performance.now();
          let values: unknown[];
          if (channel === 'meta-behind') {
            // Asked just after the parts, as the content script's later small reads are: their time until its reply.
            const parts = Promise.all(keys.map(async (key) => (await chrome.storage.local.get(key))[key]));
            await chrome.storage.local.get('dict:meta');
            const behind = performance.now() - start;
            await parts;
            return { ms: behind, chars: 0 };
          } else if (channel === 'meta') {
            values = [(await chrome.storage.local.get('dict:meta'))['dict:meta']];
          } else if (channel.startsWith('local-') && channel !== 'local-one') {
            values = await Promise.all(keys.map(async (key) => (await chrome.storage.local.get(key))[key]));
          } else if (channel === 'local' || channel === 'session') {
            const area = chrome.storage[channel];
            values = await Promise.all(keys.map(async (key) => (await area.get(key))[key]));
          } else if (channel === 'local-one') {
            const all = await chrome.storage.local.get(keys);
            values = keys.map((key) => all[key]);
          } else {
            const port = chrome.runtime.connect({ name: portName });
            values = await new Promise<unknown[]>((resolve) => {
              port.onMessage.addListener((message) => resolve(message as unknown[]));
              port.postMessage('parts');
            });
            port.disconnect();
          }
          return { ms: performance.now() - start, chars: lengthOf(values) };
        },
        { channel, keys: pieceKeys[channel] ?? partKeys, portName: PORT_NAME },
      );
      // Round 0 warms every channel up and is not counted.
      if (round > 0) ms[channel]!.push(result.ms);
      chars = Math.max(chars, result.chars);
    }
  console.log(`${partKeys.length} pieces, ${chars.toLocaleString('en')} characters; median (spread) of ${ROUNDS}, ms:`);
  for (const channel of CHANNELS) {
    const values = ms[channel]!;
    const spread = `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
    console.log(`${channel} | ${median(values).toFixed(1)} (${spread})`);
  }
} finally {
  await extension.close();
}
