// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { scanInSegments, SEGMENT_CHARS, type ScannedBlock } from '@/lib/detect/scan-block';
import { collectBlockText } from '@/lib/highlight/block-text';
import { fixtureMatcher } from './fixture-dictionary';

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
