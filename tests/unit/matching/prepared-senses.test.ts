import { describe, expect, it, vi } from 'vitest';
import { loadBundledDictionary } from '@/lib/dictionary/bundled';
import { compileDictionary } from '@/lib/matching/compile';
import { createMatcher } from '@/lib/matching/matcher';
import { prepareSenseData } from '@/lib/matching/sense-filter';
import type { MatchRules } from '@/lib/matching/types';

const compiled = compileDictionary(loadBundledDictionary());

/**
 * The bundled rules, counting how often the sense filter's cue data is made: it reads the ambiguous names' rules and
 * the stop words once each (a language's own wildlife cues and a sense's cues are read when first asked for).
 */
function countedRules() {
  const reads = { ambiguous: 0, stopWords: 0 };
  const rules = new Proxy(compiled.rules, {
    get(target, key, receiver) {
      if (key === 'ambiguous' || key === 'stopWords') reads[key]++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as MatchRules;
  return { rules, reads };
}

describe("the sense filter's cue data made ahead", () => {
  it('is made after a pause, the wildlife cues read into their set after another', async () => {
    const { rules, reads } = countedRules();
    const pauses: (() => void)[] = [];
    const pause = () => new Promise<void>((resolve) => pauses.push(resolve));
    const prepared = prepareSenseData(rules, pause);
    expect(reads).toEqual({ ambiguous: 0, stopWords: 0 });
    pauses[0]!();
    await vi.waitFor(() => expect(pauses).toHaveLength(2));
    expect(reads).toEqual({ ambiguous: 1, stopWords: 1 });
    pauses[1]!();
    await prepared;
    expect(reads).toEqual({ ambiguous: 1, stopWords: 1 });
  });

  it("is the data a matcher's filter then uses: the first ambiguous name reads the rules no more", async () => {
    const { rules, reads } = countedRules();
    await prepareSenseData(rules, async () => {});
    const matcher = createMatcher({ ...compiled, rules });
    const text = 'Jaguar kitten for sale, zoo bred';
    expect(matcher.find(text).map((match) => text.slice(match.start, match.end))).toEqual(['Jaguar']);
    expect(matcher.find('Jaguar XF 2.0d Portfolio, full history')).toEqual([]);
    expect(reads).toEqual({ ambiguous: 1, stopWords: 1 });
  });

  it('leaves a matcher on other rules making its own', () => {
    const { rules, reads } = countedRules();
    const matcher = createMatcher({ ...compiled, rules });
    expect(matcher.find('Jaguar XF 2.0d Portfolio, full history')).toEqual([]);
    expect(reads).toEqual({ ambiguous: 1, stopWords: 1 });
  });
});
