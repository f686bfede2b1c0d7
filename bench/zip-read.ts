/**
 * What reading an archive's directory costs (lib/files/zip-reader.ts), before any file is opened: forge16 added
 * a check of every local header (checkLayout), one small read per file. Archives of N stored files as Spoor writes
 * them (fflate's streaming writer, data descriptors), read with this worktree's reader and, alternated run by run,
 * with another worktree's (BENCH_OTHER_READER, a path to its lib/files/zip-reader.ts), in Node's Blob.
 *
 *   [BENCH_OTHER_READER=/work/main/lib/files/zip-reader.ts] [BENCH_RUNS=5] node … bench/zip-read.ts
 *
 * Prints each archive's size, then each reader's median and runs in ms.
 */
import { performance } from 'node:perf_hooks';
import { readZip } from '../lib/files/zip-reader.ts';
import { zipStream } from '../lib/files/zip-writer.ts';
import { median } from './page-measures.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const otherPath = process.env.BENCH_OTHER_READER;
const readers: Array<{ name: string; read: typeof readZip }> = [
  { name: 'this reader', read: readZip },
  ...(otherPath
    ? [{ name: `other (${otherPath})`, read: ((await import(otherPath)) as { readZip: typeof readZip }).readZip }]
    : []),
];

async function archiveOf(count: number): Promise<Blob> {
  async function* entries() {
    for (let i = 0; i < count; i += 1)
      yield { path: `evidence/${i.toString(16).padStart(64, '0')}.png`, bytes: new Uint8Array(2_000), compress: false };
  }
  return new Response(zipStream(entries(), new Date('2026-03-01T00:00:00.000Z'))).blob();
}

for (const count of [2_000, 20_000]) {
  const archive = await archiveOf(count);
  console.log(`${count.toLocaleString('en')} files, ${(archive.size / 2 ** 20).toFixed(1)} MB`);
  const times = new Map(readers.map((reader) => [reader.name, [] as number[]]));
  for (let run = 0; run < RUNS + 1; run += 1)
    for (const reader of readers) {
      const start = performance.now();
      const files = await reader.read(archive);
      const ms = performance.now() - start;
      if (files.length !== count) throw new Error(`${reader.name} read ${files.length} files`);
      if (run > 0) times.get(reader.name)!.push(ms); // the first run warms up
    }
  for (const [name, runs] of times)
    console.log(`  ${name}: median ${median(runs).toFixed(0)} ms (${runs.map((ms) => ms.toFixed(0)).join(', ')})`);
}
