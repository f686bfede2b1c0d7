/**
 * The CPU of sellerReadings (lib/matching/seller-readings.ts), which the second stage runs on every text it scans, over
 * the distinct block texts of the generated 2,000-listing page: ms per pass over the texts, five rounds after a cold
 * first one. To compare two commits, run it in a checkout of each, alternated.
 *   node --experimental-transform-types --no-warnings --import ./bench/ts-paths.ts bench/seller-readings-cost.ts
 */
import { sellerReadings } from '@/lib/matching/seller-readings';
import { listingBlockTexts } from './listing-page.ts';

const REPEATS = 5;
const texts = [...new Set(Array.from({ length: 2_000 }, (_, i) => listingBlockTexts(i)).flat())];

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const rounds: string[] = [];
let readings = 0;
for (let round = 0; round < 6; round++) {
  const start = cpuMs();
  for (let repeat = 0; repeat < REPEATS; repeat++) for (const text of texts) readings += sellerReadings(text).length;
  rounds.push(((cpuMs() - start) / REPEATS).toFixed(1));
}
console.log(
  `${texts.length} texts, ${readings / 6 / REPEATS} readings: cold ${rounds[0]} ms CPU, then ${rounds.slice(1).join(' / ')}`,
);
