import { beforeEach, describe, expect, it } from 'vitest';
import { importBatchFile } from '@/lib/import/validate';
import { countriesOf, saveInformationLog, saveTakedownList } from '@/lib/takedown/handoff';
import { takedownGroups } from '@/lib/takedown/lists';
import { readFlagsWithAudit } from '@/lib/export/export-flow';
import { cancellingPicker, downloads, exportEnv, flaggedDb, freshIndexedDb, storeCounts } from '../export/flow-support';

const EBAY_DE = { id: 'ebay', name: 'eBay', host: 'www.ebay.de', country: 'DE' };
const LEBONCOIN = { id: 'leboncoin', name: 'leboncoin', host: 'www.leboncoin.fr', country: 'FR' };
const ADS = [
  { url: 'https://www.ebay.de/itm/1', platform: EBAY_DE },
  { url: 'https://www.ebay.de/itm/2', platform: EBAY_DE },
  { url: 'https://www.leboncoin.fr/ad/3', platform: LEBONCOIN },
];

beforeEach(freshIndexedDb);

describe('hand-off files', () => {
  it('saves one platform’s takedown list as text and CSV, changing no flag', async () => {
    const { db, flags } = await flaggedDb('coord', ADS);
    const before = await storeCounts(db);
    const [ebay] = takedownGroups(flags);
    const saved = downloads();

    for (const format of ['txt', 'csv'] as const)
      expect(
        await saveTakedownList(exportEnv(db, saved.targets), ebay!, format, new Date('2026-04-02T08:00:00.000Z')),
      ).toBe('downloaded');

    expect(saved.files.map((file) => [file.name, file.type])).toEqual([
      ['takedown-ebay-2026-04-02.txt', 'text/plain'],
      ['takedown-ebay-2026-04-02.csv', 'text/csv'],
    ]);
    expect(await saved.files[0]!.text()).toBe('https://www.ebay.de/itm/1\nhttps://www.ebay.de/itm/2\n');
    expect(await storeCounts(db)).toEqual(before);
  });

  it('counts the flags per marketplace country, most first', async () => {
    const { flags } = await flaggedDb('coord', ADS);
    expect(countriesOf(flags)).toEqual([
      { country: 'DE', flags: 2 },
      { country: 'FR', flags: 1 },
    ]);
  });

  it('saves one country’s information log as an importable bundle, changing no flag', async () => {
    const { db, flags } = await flaggedDb('coord', ADS);
    const before = await storeCounts(db);
    const saved = downloads();

    const how = await saveInformationLog(
      exportEnv(db, saved.targets),
      flags.map((flag) => flag.id),
      'DE',
      'zip',
      { researcher: 'coord', survey: '' },
    );

    expect(how).toBe('downloaded');
    expect(saved.files[0]!.name).toBe('spoor-information-log-DE-2026-03-20.zip');
    const result = await importBatchFile(saved.files[0]!, saved.files[0]!.name, { knownBatches: new Map() });
    expect(result.status === 'ready' && result.batch.document.flags.map((flag) => flag.canonicalUrl).sort()).toEqual([
      'https://www.ebay.de/itm/1',
      'https://www.ebay.de/itm/2',
    ]);
    expect(await storeCounts(db)).toEqual(before);
    expect(
      (
        await readFlagsWithAudit(
          db,
          flags.map((flag) => flag.id),
        )
      ).flags.map((flag) => flag.status),
    ).toEqual(['new', 'new', 'new']);
  });

  it('reports a closed file picker as cancelled', async () => {
    const { db, flags } = await flaggedDb('coord', ADS);
    const targets = { showSaveFilePicker: cancellingPicker, download: async () => undefined };
    expect(await saveTakedownList(exportEnv(db, targets), takedownGroups(flags)[0]!, 'txt', new Date())).toBe(
      'cancelled',
    );
  });
});
