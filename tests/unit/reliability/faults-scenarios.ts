import { readBackup, type Backup } from '@/lib/backup/read';
import { restoreBackup } from '@/lib/backup/restore';
import { createBackup } from '@/lib/backup/write';
import { exportNewBatch, pendingFlagIds } from '@/lib/export/export-flow';
import { importFiles } from '@/lib/import/import-flow';
import { flagTab } from '@/lib/flags/flag-tab';
import { createFlagService } from '@/lib/flags/service';
import type { DatabaseDump } from '@/lib/storage/consistency';
import type { SpoorDb } from '@/lib/storage/db';
import { freshProfile, type Profile } from '../backup/support';
import { acceptingKeysOf, downloads, exportEnv, flaggedDb } from '../export/flow-support';
import { captureOf, depsWith, steppingClock } from '../flags/support';
import { dumpDb, failingAtWrite } from './faults-support';

/*
 * The operations that write to Spoor's database, each run through the real
 * lib code on a profile that already holds data. `run` receives the database
 * to write through (a faulty one in the fault tests) and rejects when the
 * operation did not complete, as the user sees it.
 */

export interface Scenario {
  name: string;
  /** A new profile with what was there before the operation. */
  setup(): Promise<Profile>;
  run(profile: Profile, db: SpoorDb): Promise<unknown>;
}

const AD = 'https://shop.example/ad/1';
const by = 'anna.k';

async function withFlag(): Promise<Profile> {
  const profile = await freshProfile();
  await createFlagService(profile.db, steppingClock()).record(await captureOf(AD), 'ask');
  return profile;
}

const firstFlagId = async (db: SpoorDb) => (await db.getAllKeys('flags'))[0]!;

/** Files made once by another profile (they are plain Blobs and outlive its database). */
export interface Inputs {
  bundle: File;
  /** The coordinator accepts the bundle's signing key. */
  accept: { acceptKeys: Set<string> };
  backup: Backup;
}

/**
 * A researcher's bundle of two flags (one also in the coordinator's profile), and a backup of a profile with a deletion
 * and an export.
 */
export async function makeInputs(): Promise<Inputs> {
  const { db } = await flaggedDb('researcher', [{ url: AD }, { url: 'https://shop.example/ad/2' }]);
  const saved = downloads();
  await exportNewBatch(exportEnv(db, saved.targets), await pendingFlagIds(db), 'zip', {
    researcher: 'ben',
    survey: 'Ivory 2026',
  });
  db.close();

  const source = await freshProfile();
  const flags = createFlagService(source.db, steppingClock());
  for (const url of ['https://shop.example/ad/3', 'https://shop.example/ad/4', 'https://shop.example/ad/5'])
    await flags.record(await captureOf(url), 'ask');
  await flags.remove(await firstFlagId(source.db), by, 'duplicate');
  await exportNewBatch(exportEnv(source.db, downloads().targets), await pendingFlagIds(source.db), 'json', {
    researcher: by,
    survey: 'Ivory 2026',
  });
  const { stream } = await createBackup(source.db, source.area, '0.1.0', new Date('2026-04-01T00:00:00.000Z'));
  const backup = await readBackup(await new Response(stream).blob());
  source.db.close();
  return { bundle: saved.files[0]!, accept: await acceptingKeysOf([saved.files[0]!]), backup };
}

export function scenarios(inputs: Inputs): Scenario[] {
  return [
    {
      name: 'flagging a new ad (from the tab: read, capture, hash, save)',
      setup: withFlag,
      run: async (_profile, db) =>
        flagTab((await depsWith({}, db)).deps, { tabId: 7, trigger: 'shortcut', ifFlagged: 'ask' }),
    },
    {
      name: 'adding an observation to a flag',
      setup: withFlag,
      run: async (_profile, db) =>
        createFlagService(db).record(
          await captureOf(AD, { evidence: [{ kind: 'screenshot', blob: new Blob(['again'], { type: 'image/png' }) }] }),
          'observe',
        ),
    },
    {
      name: 'editing a flag',
      setup: withFlag,
      run: async (profile, db) =>
        createFlagService(db).edit(
          await firstFlagId(profile.db),
          { assessment: { notes: 'seen on avito' }, status: 'reviewed' },
          by,
        ),
    },
    {
      name: 'deleting a flag',
      setup: withFlag,
      run: async (profile, db) => createFlagService(db).remove(await firstFlagId(profile.db), by, 'not an ad'),
    },
    {
      name: 'importing an evidence bundle',
      setup: withFlag,
      run: async (_profile, db) => {
        const [report] = await importFiles({ db, by: 'coord' }, [inputs.bundle], inputs.accept);
        if (report!.status !== 'imported')
          throw new Error(report!.status === 'failed' ? report!.error : report!.status);
        return report;
      },
    },
    {
      name: 'marking a saved export as exported',
      setup: withFlag,
      run: async (profile, db) =>
        exportNewBatch(exportEnv(db, downloads().targets), await pendingFlagIds(profile.db), 'json', {
          researcher: by,
          survey: 'Ivory 2026',
        }),
    },
    {
      name: 'restoring a backup',
      setup: withFlag,
      run: (profile, db) => restoreBackup({ ...profile.env, db }, inputs.backup),
    },
  ];
}

export interface Run {
  /** 'completed', or the error message the user would see. */
  outcome: string;
  before: DatabaseDump;
  after: DatabaseDump;
}

/**
 * Runs the operation once per write it makes, on a new profile each time,
 * failing a different write with `error()` (the first, the second, … the
 * last), then once more without meeting a fault, which ends the loop.
 */
export async function failEachWriteInTurn(
  scenario: Scenario,
  error: () => Error,
): Promise<{ interrupted: Run[]; whole: Run }> {
  const interrupted: Run[] = [];
  for (let failAt = 1; ; failAt += 1) {
    const profile = await scenario.setup();
    const before = await dumpDb(profile.db);
    const faulty = failingAtWrite(profile.db, failAt, error);
    const outcome = await scenario.run(profile, faulty.db).then(
      () => 'completed',
      (thrown: Error) => thrown.message,
    );
    const run = { outcome, before, after: await dumpDb(profile.db) };
    profile.db.close();
    if (faulty.writes() < failAt) return { interrupted, whole: run };
    interrupted.push(run);
  }
}
