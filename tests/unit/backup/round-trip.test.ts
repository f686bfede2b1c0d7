import { beforeAll, describe, expect, it } from 'vitest';
import { readBackup } from '@/lib/backup/read';
import { restoreBackup } from '@/lib/backup/restore';
import { createBackup } from '@/lib/backup/write';
import { readActiveDictionary, readActiveStatus } from '@/lib/active-dictionary/active';
import { activateStaged, stageImport } from '@/lib/active-dictionary/staged';
import { DictionarySchema } from '@/lib/dictionary/schema';
import { createFlagService } from '@/lib/flags/service';
import { createMatcher } from '@/lib/matching/matcher';
import { readCustomTerms, saveCustomTerms } from '@/lib/dictionary/custom-terms-store';
import { readSettings, updateSettings } from '@/lib/settings/store';
import { captureOf, steppingClock } from '../flags/support';
import { SNAPSHOT_PREAMBLE } from '@/lib/flags/snapshot-html';
import { dump, freshProfile, type Profile } from './support';

const AT = '2026-03-01T10:00:00.000Z';
const CHECKLIST = DictionarySchema.parse({
  source: 'cites-checklist',
  listingsAsOf: '2025-02-07',
  taxa: [
    {
      id: 'manis-culionensis',
      scientificName: 'Manis culionensis',
      rank: 'species',
      higher: { kingdom: 'Animalia' },
      group: 'pangolins',
      cites: { appendix: 'I' },
      euAnnex: 'A',
    },
  ],
  tradeTerms: [],
});

/**
 * A researcher's profile: two flags (one edited, one seen twice), settings, a custom term, an imported checklist, a
 * batch.
 */
async function researcherProfile(): Promise<Profile> {
  const profile = await freshProfile();
  const flags = createFlagService(profile.db, steppingClock());
  const first = (await flags.record(await captureOf('https://shop.example/ad/1'), 'ask')).flag;
  await flags.record(
    await captureOf('https://shop.example/ad/2', {
      evidence: [{ kind: 'snapshot', blob: new Blob([SNAPSHOT_PREAMBLE, '<html>ad 2</html>'], { type: 'text/html' }) }],
    }),
    'ask',
  );
  await flags.record(
    await captureOf('https://shop.example/ad/2', { capturedAt: new Date('2026-03-13T09:00:00.000Z') }),
    'observe',
  );
  await flags.edit(first.id, { assessment: { notes: 'seller also on avito' } }, 'anna.k');
  await profile.db.put('batches', {
    id: crypto.randomUUID(),
    createdAt: AT,
    researcher: 'anna.k',
    survey: 'Ivory 2026',
    flagIds: [first.id],
    formats: ['zip'],
    savedAt: AT,
  });
  await updateSettings(profile.area, {
    researcherId: 'anna.k',
    survey: 'Ivory 2026',
    pausedSites: ['ebay.de'],
    colors: { 'app-i': '#000000', 'app-ii': '#111111', 'app-iii': '#222222', trade: '#333333' },
  });
  await saveCustomTerms(profile.area, [
    {
      id: 'k1',
      text: 'zorblax',
      lang: 'en',
      target: { kind: 'code', taxa: ['Manis culionensis'] },
      createdAt: AT,
      updatedAt: AT,
    },
  ]);
  // As the options page does: staged pieces, which the background keeps as the imported list.
  await activateStaged(profile.area, await stageImport(profile.area, CHECKLIST, 'checklist.csv'));
  return profile;
}

const backupOf = async (profile: Profile) => {
  const { stream } = await createBackup(profile.db, profile.area, '0.1.0', new Date(AT));
  return new Response(stream).blob();
};

let source: Profile;
let file: Blob;
beforeAll(async () => {
  source = await researcherProfile();
  file = await backupOf(source);
});

describe('backup and restore', () => {
  it('restores everything into a fresh profile: records, evidence by hash, settings, custom terms, the checklist', async () => {
    const target = await freshProfile();
    const report = await restoreBackup(target.env, await readBackup(file));

    expect(await dump(target.db)).toEqual(await dump(source.db));
    expect((await dump(target.db)).artifacts).toHaveLength(3);
    expect(await readSettings(target.area)).toEqual(await readSettings(source.area));
    expect(await readCustomTerms(target.area)).toEqual(await readCustomTerms(source.area));
    expect(await readActiveStatus(target.area)).toMatchObject({
      source: 'cites-checklist',
      fileName: 'checklist.csv',
      listingsAsOf: '2025-02-07',
    });
    const matcher = createMatcher(await readActiveDictionary(target.area));
    expect(matcher.find('zorblax and Manis culionensis')).toHaveLength(2);
    expect(report).toEqual({
      flags: {
        added: 2,
        present: 0,
        updated: 0,
        merged: 0,
        keptApart: 0,
        keptDeleted: 0,
        broughtBack: 0,
        deletedInBackup: 0,
      },
      conflicts: [],
      customTerms: { add: 1, replace: 0, keep: 0 },
      audit: { added: 4, present: 0 },
      artifacts: { added: 3, present: 0 },
      batches: { added: 1, present: 0 },
      tombstones: { added: 0 },
      checklist: 'activated',
    });
  });

  it('restored twice, adds nothing the second time', async () => {
    const target = await freshProfile();
    await restoreBackup(target.env, await readBackup(file));
    const before = await dump(target.db);
    const report = await restoreBackup(target.env, await readBackup(file));
    expect(await dump(target.db)).toEqual(before);
    expect(report).toMatchObject({
      flags: { added: 0, present: 2, updated: 0, merged: 0 },
      audit: { added: 0, present: 4 },
      artifacts: { added: 0, present: 3 },
      batches: { added: 0, present: 1 },
      checklist: 'kept',
    });
  });

  it('merges into a profile with data: never deletes, and keeps a flag edited here since', async () => {
    const target = await freshProfile();
    await restoreBackup(target.env, await readBackup(file));
    const [edited, untouched] = (await dump(source.db)).flags;
    const local = createFlagService(target.db, () => new Date('2027-01-01T00:00:00.000Z'));
    await local.edit(edited!.id, { assessment: { notes: 'edited here later' } }, 'ben.m');
    const own = (await local.record(await captureOf('https://shop.example/ad/own'), 'ask')).flag;
    await updateSettings(target.area, { researcherId: 'ben.m', pausedSites: ['avito.ru'] });

    const report = await restoreBackup(target.env, await readBackup(file));
    expect(report.flags).toMatchObject({ added: 0, present: 2, updated: 0, merged: 0 });
    expect((await local.get(edited!.id))!.assessment.notes).toBe('edited here later');
    expect(await local.get(untouched!.id)).toEqual(untouched);
    expect(await local.get(own.id)).toEqual(own);
    expect(await readSettings(target.area)).toMatchObject({
      researcherId: 'ben.m',
      survey: 'Ivory 2026',
      pausedSites: ['avito.ru', 'ebay.de'],
    });
  });
});
