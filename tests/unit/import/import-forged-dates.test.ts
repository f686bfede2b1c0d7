import { describe, expect, it } from 'vitest';
import { importBatchFile } from '@/lib/import/validate';
import { batchJson } from '@/lib/export/json';
import { batchMeta, flag, observation, signedBatch, uuid } from '../export/builder';

/*
 * A forged batch that is whole (signed, hashed, its chains of custody unbroken) but dates the ad's posting on a day
 * that does not exist: the schema checks every time Spoor stamps, but a posting date is text the page gave.
 */

const noneKnown = { knownBatches: new Map<string, string>() };

async function importedWithPosting(postedAt: string) {
  const forged = flag({
    n: 1,
    ad: { title: 'Elfenbein Figur', postedAt },
    observations: [await observation({ n: 1 })],
  });
  return importBatchFile(new Blob([batchJson(await signedBatch([forged], batchMeta(1)))]), 'anna.json', noneKnown);
}

describe('an imported batch dating a posting on a day that does not exist', () => {
  it.each(['2026-02-30', '2026-13-01', '2025-02-29T10:00Z', 'yesterday'])(
    'is refused for %j, naming the flag and the field',
    async (postedAt) => {
      expect(await importedWithPosting(postedAt)).toMatchObject({
        status: 'invalid',
        problems: [
          {
            file: 'anna.json',
            path: `flag ${uuid('flag', 1)} › ad.postedAt`,
            message: `${JSON.stringify(postedAt)} is not a day that exists`,
          },
        ],
      });
    },
    60_000,
  );

  it.each(['2028-02-29', '2026-03-09T14:30Z'])(
    'accepts %j',
    async (postedAt) => {
      expect((await importedWithPosting(postedAt)).status).toBe('ready');
    },
    60_000,
  );
});
