import { describe, expect, it } from 'vitest';
import { importBatchFile, type ImportResult } from '@/lib/import/validate';
import { batchJson } from '@/lib/export/json';
import { MAX_FIELD_CHARS, MAX_FIELD_ITEMS } from '@/lib/records/limits';
import { batchMeta, flag, observation, signedBatch, uuid } from '../export/builder';

/*
 * A forged batch that is whole (signed, hashed, its chains of custody unbroken) but holds fields no Spoor writes:
 * megabytes in a title (any text past the limit), a hundred thousand tags. The coordinator's dashboard, CSV and
 * takedown lists would carry them.
 */

const noneKnown = { knownBatches: new Map<string, string>() };

async function imported(ad: object, assessment: object = {}): Promise<ImportResult> {
  const stuffed = flag({ n: 1, ad, assessment, observations: [await observation({ n: 1 })] });
  return importBatchFile(new Blob([batchJson(await signedBatch([stuffed], batchMeta(1)))]), 'anna.json', noneKnown);
}

describe('an imported batch with oversize fields', () => {
  it('is refused when a text is longer than a field may hold, naming the flag and the field', async () => {
    const result = await imported({ title: 'Elfenbein '.repeat(MAX_FIELD_CHARS / 10) + '!' });
    expect(result).toMatchObject({
      status: 'invalid',
      problems: [
        {
          file: 'anna.json',
          path: `flag ${uuid('flag', 1)} › ad.title`,
          message: `100,001 characters, more than a field may hold (${MAX_FIELD_CHARS.toLocaleString('en')})`,
        },
      ],
    });
  }, 60_000);

  it('is refused when a list is longer than a list may hold, naming the flag and the field', async () => {
    const tags = Array.from({ length: MAX_FIELD_ITEMS + 1 }, (_, index) => `tag ${index}`);
    const result = await imported({ title: 'Elfenbein Figur' }, { tags });
    expect(result).toMatchObject({
      status: 'invalid',
      problems: [
        { path: `flag ${uuid('flag', 1)} › assessment.tags`, message: expect.stringMatching(/^10,001 items/) },
      ],
    });
  }, 60_000);

  it('accepts fields at the limits', async () => {
    const result = await imported(
      { title: 'x'.repeat(MAX_FIELD_CHARS) },
      { tags: Array.from({ length: MAX_FIELD_ITEMS }, (_, index) => `t${index}`) },
    );
    expect(result.status).toBe('ready');
  }, 60_000);
});
