/**
 * The CPU of staged-matcher.ts's otherReading test, which every new text of a pass meets when its first stage finds
 * nothing, against stop 48's test (bidi controls and line-end hyphens only, before hostile34's seller readings), on
 * the distinct block texts of the generated 2,000-listing page and the texts between the tags of the real pages.
 * Node-side, ms of CPU per pass over the texts, three rounds each, the two tests alternated.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/other-reading-cost.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { otherReading } from '@/lib/matching/staged-matcher';
import { listingBlockTexts } from './listing-page.ts';
import { sharedDataPath } from '../tests/shared-data.ts';

const STOP_48_TEST = /[\u202A-\u202E\u2066-\u2069]|[-\u00AD][ \u00A0]*\u2028/;
const REPEATS = 10;

const pagesDir = sharedDataPath('pages');
const realTexts = readdirSync(pagesDir)
  .filter((file) => file.endsWith('.html'))
  .flatMap((file) =>
    readFileSync(`${pagesDir}/${file}`, 'utf8')
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
      .split(/<[^>]+>/)
      .map((text) => text.trim())
      .filter(Boolean),
  );
const listingTexts = [...new Set(Array.from({ length: 2_000 }, (_, i) => listingBlockTexts(i)).flat())];

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

for (const [name, texts] of [
  ['2,000-listing page', listingTexts],
  ['real pages', realTexts],
] as const) {
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(`${name}: ${texts.length} texts, ${chars.toLocaleString('en')} characters`);
  for (let round = 1; round <= 3; round++) {
    const figures = [STOP_48_TEST, otherReading()].map((test) => {
      const start = cpuMs();
      for (let repeat = 0; repeat < REPEATS; repeat++) for (const text of texts) test.test(text);
      return ((cpuMs() - start) / REPEATS).toFixed(2);
    });
    console.log(`  round ${round}: stop 48's test ${figures[0]} ms, otherReading ${figures[1]} ms`);
  }
}
