// @vitest-environment jsdom
import { expect, it } from 'vitest';
import {
  nextSegmentChars,
  scanInSegments,
  scanSegment,
  SEGMENT_CHARS,
  type ScannedBlock,
  type SegmentPace,
} from '@/lib/detect/scan-block';
import { summarizeHits } from '@/lib/detect/tally';
import { verdictOf } from '@/lib/detect/verdict';
import { collectBlockText } from '@/lib/highlight/block-text';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { fixtureDictionary, fixtureMatcher } from './fixture-dictionary';

const matcher = fixtureMatcher();

/** A block of filler text with `phrase` placed so that it starts `shift` characters before a segment edge. */
function blockWith(phrase: string, shift: number) {
  const filler = (length: number) => 'lot '.repeat(Math.ceil(length / 4)).slice(0, length);
  const start = SEGMENT_CHARS - shift;
  const pre = document.createElement('pre');
  pre.textContent = `${filler(start - 1)} ${phrase} ${filler(SEGMENT_CHARS)}. Ball python at the end.`;
  document.body.replaceChildren(pre);
  return collectBlockText(pre, () => false);
}

/** The block matched segment by segment, as the page scanner does, and the number of steps it took. */
function stitched(block: ReturnType<typeof blockWith>) {
  const scan = scanInSegments(block, matcher, document);
  let steps = 1;
  let done: ScannedBlock | undefined;
  while (!(done = scan.step())) steps++;
  const found = done.painted.map(({ range }) => ({
    start: block.starts[0]! + range.startOffset,
    text: range.toString(),
  }));
  return { found, steps };
}

it.each([
  ['a name cut between its words', 'Psittacus erithacus', 10],
  ['a name cut inside its first word', 'Psittacus erithacus', 3],
  ['a name starting right at the edge', 'Psittacus erithacus', 0],
  ['a name ending right at the edge', 'Psittacus erithacus', 19],
  ['an exclusion cut at the edge ("ivory white" cancels "ivory")', 'ivory white', 6],
  ['a compound cut inside ("Elfenbeinschnitzerei")', 'Elfenbeinschnitzerei', 8],
])('a long block matched in segments finds what the whole text holds: %s', (_, phrase, shift) => {
  const block = blockWith(phrase, shift);
  const whole = matcher
    .find(block.text)
    .map((match) => ({ start: match.start, text: block.text.slice(match.start, match.end) }));
  const { found, steps } = stitched(block);
  expect(found).toEqual(whole);
  expect(steps).toBe(Math.ceil(block.text.length / SEGMENT_CHARS));
  expect(whole.length).toBeGreaterThanOrEqual(1);
});

// Exempt names are marked where the senses apply: on every page.
const pageMatcher = createMatcher(compileDictionary(DictionarySchema.parse(fixtureDictionary)));

it('marks an exempt name without colour and counts only the listed one', () => {
  const p = document.createElement('p');
  p.textContent = 'Budgies, a cockatiel and a Grey parrot';
  document.body.replaceChildren(p);
  const block = collectBlockText(p, () => false);
  const { painted, hits } = scanSegment(block, pageMatcher, document, 0, block.text.length);
  expect(painted.map(({ range, category, exempt }) => [range.toString(), category, exempt?.scientificName])).toEqual([
    ['Grey parrot', 'app-i', undefined],
    ['Budgies', 'exempt', 'Melopsittacus undulatus'],
    ['cockatiel', 'exempt', 'Nymphicus hollandicus'],
  ]);
  const report = summarizeHits([hits], pageMatcher.entries);
  expect(report.map((entry) => [entry.entryId, entry.count])).toEqual([['psittacus-erithacus', 1]]);
  expect(verdictOf(report)).toEqual({ taxa: 1, terms: 0, strictest: 'I' });
});

it('makes no hit, so no badge count and no verdict, of a page naming only exempt species', () => {
  const p = document.createElement('p');
  p.textContent = 'Wellensittiche und Nymphensittiche abzugeben';
  document.body.replaceChildren(p);
  const block = collectBlockText(p, () => false);
  const { painted, hits } = scanSegment(block, pageMatcher, document, 0, block.text.length);
  expect(painted.map(({ category }) => category)).toEqual(['exempt', 'exempt']);
  expect(hits).toEqual([]);
  expect(verdictOf(summarizeHits([hits], pageMatcher.entries))).toEqual({ taxa: 0, terms: 0 });
});

it.each([
  ['quick segments: twice as long at most', 4_000, 1, 8_000],
  ['on time: the same length', 4_000, 4, 4_000],
  ['slow: as much shorter as it was slower', 4_000, 8, 2_000],
  ['very slow: never under 1,000 characters', 4_000, 100, 1_000],
  ['quick at the top: never over 64,000 characters', 64_000, 1, 64_000],
  ['a clock too coarse to see it: twice as long', 4_000, 0, 8_000],
])('sizes the next segment by the time the last took: %s', (_, chars, ms, next) => {
  expect(nextSegmentChars(chars, ms)).toBe(next);
});

/** A pace whose clock says each full segment took the next of `durations` (ms), in turn. */
function pacedBy(durations: number[]) {
  let time = 0;
  let calls = 0;
  const now = () => (calls++ % 2 === 0 ? time : (time += durations[(calls / 2 - 1) % durations.length]!));
  return { chars: SEGMENT_CHARS, now } satisfies SegmentPace;
}

it('finds what the whole text holds when the segments grow and shrink as the clock says', () => {
  const phrases = ['Psittacus erithacus', 'ivory white', 'Elfenbeinschnitzerei', 'ivory', 'Ball python'];
  // Names every 331 to 1,310 characters: some straddle whichever edge the sizes put there.
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < 150_000; i++)
    parts.push(`${'lot '.repeat(80 + ((i * 97) % 240))}${phrases[i % phrases.length]} `);
  const pre = document.createElement('pre');
  pre.textContent = parts.join('');
  document.body.replaceChildren(pre);
  const block = collectBlockText(pre, () => false);
  const pace = pacedBy([1, 1, 0.5, 12, 400, 3, 1, 1, 1, 1, 7]);
  const scan = scanInSegments(block, matcher, document, undefined, pace);
  const sizes = new Set<number>();
  let done: ScannedBlock | undefined;
  while (!(done = scan.step())) sizes.add(pace.chars);
  const found = done.painted.map(({ range }) => ({
    start: block.starts[0]! + range.startOffset,
    text: range.toString(),
  }));
  const whole = matcher
    .find(block.text)
    .map((match) => ({ start: match.start, text: block.text.slice(match.start, match.end) }));
  expect(found).toEqual(whole);
  expect(whole.length).toBeGreaterThan(100);
  expect(Math.min(...sizes)).toBe(1_000);
  expect(Math.max(...sizes)).toBeGreaterThanOrEqual(16_000);
});
