import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { halfOf, type Half } from '../../labelled-posts';
import { sharedDataPath } from '../../shared-data';

// 170 real, hand-labelled English posts and ads (../shared/data/real/, see its README): 130 name a species or a
// wildlife product (`mark` is one such span), 40 are hard decoys (ivory the colour, Jaguar cars, Cougar RVs).
const PostSchema = z.object({
  id: z.string(),
  text: z.string(),
  label: z.enum(['species', 'none']),
  mark: z.string().optional(),
});
const posts = z
  .array(PostSchema)
  .parse(JSON.parse(readFileSync(sharedDataPath('real/wildlife-trade-posts-en.json'), 'utf8')));
const matcher = createMatcher(compileDictionary(loadBundledDictionary()));

/**
 * Misses and highlighted decoys per half of the fixed split (tests/labelled-posts.ts), with the sense filter
 * (lib/matching/sense-filter.ts) deciding ambiguous words such as "ivory" from the words around them. Phrases
 * tuned to single posts were removed (issue 13). Misses are posts whose marked "ivory" has no cue within ten
 * words (three antiques named by the object alone: "ivory pot", "ivory seated scribe", "Ivory tea caddy"); held-out
 * decoys: a lace handkerchief called
 * "Antique Ivory", an "Ivory" stove, Cape Coral (a city), a robot maker called Pangolin. Lower a bound when a
 * general rule fixes one; never add a phrase from a post.
 */
const MAX_MISSES: Record<Half, number> = { tuning: 1, 'held-out': 6 };
const MAX_FALSE_ALARMS: Record<Half, number> = { tuning: 1, 'held-out': 4 };

const found = (text: string) => matcher.find(text).map((match) => text.slice(match.start, match.end));

describe('the bundled dictionary on real posts', () => {
  it('reads the whole labelled set', () => {
    expect(posts.filter((post) => post.label === 'species')).toHaveLength(130);
    expect(posts.filter((post) => post.label === 'none')).toHaveLength(40);
  });

  it.each(['tuning', 'held-out'] as const)('highlights the marked span of the species posts of the %s half', (half) => {
    const missed = posts.filter((post) => {
      if (halfOf(post.id) !== half || post.label !== 'species' || !post.mark) return false;
      const start = post.text.indexOf(post.mark);
      const end = start + post.mark.length;
      return start < 0 || !matcher.find(post.text).some((match) => match.start < end && match.end > start);
    });
    const misses = missed.map((post) => `${post.id}: ${post.mark}`);
    expect(misses.length, `missed:\n${misses.join('\n')}`).toBeLessThanOrEqual(MAX_MISSES[half]);
  });

  it.each(['tuning', 'held-out'] as const)('highlights few decoys of the %s half', (half) => {
    const falseAlarms = posts
      .filter((post) => halfOf(post.id) === half && post.label === 'none' && matcher.find(post.text).length > 0)
      .map((post) => `${post.id}: ${found(post.text).join(', ')}`);
    expect(falseAlarms.length, `false alarms:\n${falseAlarms.join('\n')}`).toBeLessThanOrEqual(MAX_FALSE_ALARMS[half]);
  });
});
