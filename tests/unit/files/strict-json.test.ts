import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseStrictJson } from '@/lib/files/json';
import { parseJsonText } from '@/lib/import/document-checks';
import { ProblemList } from '@/lib/import/problems';
import { signedBatchJson } from '../../support/signed-batch';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** How deep a parsed value's arrays and objects nest. */
const depthOf = (value: unknown): number =>
  value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

describe('parseStrictJson: nesting', () => {
  it('reads Spoor’s own signed batch, which nests under 20 levels', async () => {
    const text = await signedBatchJson('strict-json-depth', 'anna.k', 'S1', {});
    expect(depthOf(parseStrictJson(text, { numbersAsWritten: true }))).toBeLessThan(20);
  });

  it('reads nesting up to the limit', () => {
    expect(depthOf(parseStrictJson(nested(MAX_JSON_DEPTH)))).toBe(MAX_JSON_DEPTH);
  });

  it('refuses a file nested 200,000 deep with a reason that names the nesting, in the import’s problem list', () => {
    const problems = new ProblemList(10);
    expect(parseJsonText(nested(200_000), 'batch.json', problems)).toBeUndefined();
    const [problem] = problems.shown;
    expect(problem).toMatchObject({ file: 'batch.json' });
    expect(problem!.message).toMatch(`nested more than ${MAX_JSON_DEPTH} deep (at character ${MAX_JSON_DEPTH})`);
  });
});
