import { describe, expect, it } from 'vitest';
import {
  falseHighlightLines,
  kindOf,
  markFound,
  missLines,
  summaryLines,
  type EvaluatedPost,
} from '../../../bench/eval-summary';
import type { LabelledPost } from '../../labelled-posts';

const post = (fields: Partial<LabelledPost> & Pick<LabelledPost, 'id' | 'label' | 'text'>): LabelledPost => ({
  lang: 'en',
  ...fields,
});

// Four texts of two languages, one of each kind, as `npm run eval` reads them back from the page.
const results: EvaluatedPost[] = [
  {
    post: post({ id: 'en-l-01', kind: 'listing', label: 'species', text: 'carved ivory netsuke', mark: 'ivory' }),
    spans: [[7, 12]],
  },
  {
    post: post({ id: 'fr-l-01', lang: 'fr', kind: 'listing', label: 'species', text: 'peau de tigre', mark: 'tigre' }),
    spans: [],
  },
  { post: post({ id: 'en-t-01', kind: 'trap', label: 'none', text: 'ivory satin dress' }), spans: [[0, 5]] },
  {
    post: post({ id: 'fr-o-01', lang: 'fr', kind: 'ordinary', label: 'none', text: 'perruches ondulées à vendre' }),
    spans: [],
  },
];

describe('the eval summary', () => {
  it('finds a mark only when a highlight overlaps it', () => {
    expect(results.map(markFound)).toEqual([true, false, true, false]);
  });

  it('treats the kindless none texts of the shared set as decoys', () => {
    expect(kindOf(post({ id: 'en-tw-1', label: 'none', text: 'Jaguar XJ' }))).toBe('decoy');
    expect(kindOf(post({ id: 'en-tw-2', label: 'species', text: 'ivory' }))).toBe('listing');
  });

  it('prints totals, one line a kind and one line a language', () => {
    const lines = summaryLines(results);
    expect(lines.slice(0, 3)).toEqual([
      'recall: 1/2 (50.0 %)',
      'quiet (label none, nothing highlighted): 1/2 (50.0 %)',
      '1538.5 highlights / 10k words',
    ]);
    expect(lines.find((line) => line.trim().startsWith('trap'))).toMatch(/quiet 0\/1 \(0\.0 %\)/);
    expect(lines.find((line) => line.trim().startsWith('fr '))).toMatch(/recall 0\/1.*quiet 1\/1.*\[ordinary 1\/1\]/);
  });

  it('lists each miss and each false highlight with its language and kind', () => {
    expect(missLines(results)).toEqual(['fr-l-01 (fr, listing): "tigre" not highlighted']);
    expect(falseHighlightLines(results)).toEqual(['en-t-01 (en, trap): ivory']);
  });
});
